package com.toolkitatlas.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI description for programs, at the address springdoc gives it.
 */
@Hidden
@Controller
class ApiDescriptionController {

	private final ApiDescription description;

	ApiDescriptionController(ApiDescription description) {
		this.description = description;
	}

	@GetMapping("/v3/api-docs")
	ResponseEntity<byte[]> description() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.description.bytes());
	}

}
