/**
 * Pay figures drawn on the one scale every page shares.
 */
package com.toolkitatlas.salary;
