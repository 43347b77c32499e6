/**
 * The home page: the roles as cards, pay at a glance, and the ways into comparing,
 * filtering and the questionnaire.
 */
package com.toolkitatlas.home;
