/**
 * The JSON API's shared shapes ({@link com.toolkitatlas.api.Json}: how a source, a salary
 * figure, a tool's cost and links are written), its OpenAPI description and the reference
 * page for people ({@code /api}). Each feature keeps its own API controller and resource
 * records.
 */
package com.toolkitatlas.api;
