package com.toolkitatlas.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV body with a file name, so a browser saves it and a spreadsheet opens it as UTF-8.
 */
public final class CsvResponse {

	public static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private CsvResponse() {
	}

	public static ResponseEntity<String> of(String fileName, String csv) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(csv);
	}

}
