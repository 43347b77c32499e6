package com.toolkitatlas.web;

/**
 * Quotes what a person typed in a message back to them: shortened and stripped of control
 * characters.
 */
public final class UserInput {

	private static final int MAX_SHOWN = 60;

	private UserInput() {
	}

	public static String quote(String value) {
		if (value == null) {
			return "“”";
		}
		String printable = value.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String shown = printable.length() <= MAX_SHOWN ? printable
				: printable.substring(0, MAX_SHOWN) + "… (" + printable.length() + " characters)";
		return "“" + shown + "”";
	}

}
