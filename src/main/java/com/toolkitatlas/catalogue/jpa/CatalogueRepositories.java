package com.toolkitatlas.catalogue.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Read access to the catalogue tables; used once, at start-up, by the catalogue loader.
 */
public final class CatalogueRepositories {

	private CatalogueRepositories() {
	}

	public interface Sources extends JpaRepository<SourceEntity, String> {

	}

	public interface SkillCategories extends JpaRepository<SkillCategoryEntity, String> {

	}

	public interface ToolCategories extends JpaRepository<ToolCategoryEntity, String> {

	}

	public interface CostModels extends JpaRepository<CostModelEntity, String> {

	}

	public interface Skills extends JpaRepository<SkillEntity, String> {

	}

	public interface Tools extends JpaRepository<ToolEntity, String> {

	}

	public interface Languages extends JpaRepository<LanguageEntity, String> {

	}

	public interface Companies extends JpaRepository<CompanyEntity, String> {

	}

	public interface Roles extends JpaRepository<RoleEntity, String> {

	}

	public interface RolePairs extends JpaRepository<RolePairEntity, RolePairEntity.Key> {

	}

}
