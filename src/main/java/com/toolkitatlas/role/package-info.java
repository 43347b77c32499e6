/**
 * Role profiles ({@code /roles/{slug}} and its JSON twin), the role summaries lists show,
 * and the roles as a spreadsheet table.
 */
package com.toolkitatlas.role;
