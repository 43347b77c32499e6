package com.toolkitatlas.catalogue.jpa;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A pair of roles, stored once in display order, with what sets them apart and any notes
 * of its own.
 */
@Entity
@Table(name = "role_pair")
public class RolePairEntity {

	@EmbeddedId
	private Key key;

	private String difference;

	@ElementCollection
	@CollectionTable(name = "pair_note",
			joinColumns = { @JoinColumn(name = "first_slug", referencedColumnName = "first_slug"),
					@JoinColumn(name = "second_slug", referencedColumnName = "second_slug") })
	@OrderBy("section, position")
	@Fetch(FetchMode.SUBSELECT)
	private List<Note> notes;

	protected RolePairEntity() {
	}

	public Key getKey() {
		return key;
	}

	public String getDifference() {
		return difference;
	}

	public List<Note> getNotes() {
		return notes;
	}

	@Embeddable
	public record Key(@Column(name = "first_slug") String first, @Column(name = "second_slug") String second) {
	}

	@Embeddable
	public record Note(String section, int position, String body, @Column(name = "source_code") String source) {
	}

}
