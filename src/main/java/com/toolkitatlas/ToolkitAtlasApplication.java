package com.toolkitatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ToolkitAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(ToolkitAtlasApplication.class, args);
	}

}
