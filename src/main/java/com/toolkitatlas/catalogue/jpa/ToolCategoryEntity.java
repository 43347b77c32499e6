package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "tool_category")
public class ToolCategoryEntity extends TaxonEntity {

}
