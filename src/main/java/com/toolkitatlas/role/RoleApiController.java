package com.toolkitatlas.role;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.toolkitatlas.web.CsvResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Roles", description = "The six career toolkits of the catalogue")
class RoleApiController {

    private final RoleService roles;

    RoleApiController(RoleService roles) {
        this.roles = roles;
    }

    @GetMapping(path = "/api/roles", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the roles", description = "Every role in display order, with its focus, headline pay "
            + "figure (with basis, region, date and source), core skills and core tools.")
    List<RoleSummary> list() {
        return roles.summaries();
    }

    @GetMapping(path = "/api/roles.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The roles as CSV", description = "One row per role with its headline pay figure, its "
            + "source, core skills, core tools and languages, for a spreadsheet.")
    ResponseEntity<String> csv() {
        return CsvResponse.of("roles.csv", roles.csv());
    }

    @GetMapping(path = "/api/roles/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One role in full", description = "Everything the role's profile shows: skills, tools "
            + "with their cost model, languages, workflows, theory, use cases, every salary figure with its source, "
            + "hiring companies, career steps and the narrative texts of every comparison topic.")
    RoleResource role(@Parameter(description = "The role's slug, such as ml-engineer") @PathVariable String slug) {
        return roles.resource(slug);
    }
}
