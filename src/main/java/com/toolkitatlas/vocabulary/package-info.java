/**
 * Skill and tool pages, each with the roles that use it and how central it is to each.
 */
package com.toolkitatlas.vocabulary;
