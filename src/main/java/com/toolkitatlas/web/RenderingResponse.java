package com.toolkitatlas.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.io.Writer;
import java.nio.charset.Charset;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * The response {@link HttpCaching} has a page rendered into, kept whole. Its writer
 * encodes each piece of text written to it in one step ({@link String#getBytes}) rather
 * than through an {@code OutputStreamWriter}, which copied the page (written in one piece
 * by Thymeleaf) into a {@code char[]} and then encoded it in 8 kB slices, character by
 * character from the first one beyond ASCII: 8 % of the uncached sources page
 * (bench/RESULTS.md, "Rendering, seventh round"). The bytes are the same
 * ({@code RenderingResponseTest}): a surrogate pair split between two writes is held
 * until its second half comes, and what the charset cannot encode is replaced as the
 * {@code OutputStreamWriter} replaces it.
 */
final class RenderingResponse extends ContentCachingResponseWrapper {

	private PrintWriter writer;

	RenderingResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			String encoding = getCharacterEncoding();
			this.writer = new PrintWriter(new EncodingWriter(getOutputStream(),
					charset((encoding != null) ? encoding : WebUtils.DEFAULT_CHARACTER_ENCODING)));
		}
		return this.writer;
	}

	private static Charset charset(String name) throws UnsupportedEncodingException {
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException ex) {
			throw new UnsupportedEncodingException(name);
		}
	}

	/** Text encoded a piece at a time, each piece whole. */
	static final class EncodingWriter extends Writer {

		private final OutputStream out;

		private final Charset charset;

		/** The first half of a surrogate pair written last, or 0. */
		private char pendingHighSurrogate;

		EncodingWriter(OutputStream out, Charset charset) {
			this.out = out;
			this.charset = charset;
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			if (length > 0) {
				encode((offset == 0 && length == text.length()) ? text : text.substring(offset, offset + length));
			}
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			if (length > 0) {
				encode(new String(chars, offset, length));
			}
		}

		@Override
		public void write(int c) throws IOException {
			encode(String.valueOf((char) c));
		}

		private void encode(String piece) throws IOException {
			String text = piece;
			if (this.pendingHighSurrogate != 0) {
				text = this.pendingHighSurrogate + text;
				this.pendingHighSurrogate = 0;
			}
			char last = text.charAt(text.length() - 1);
			if (Character.isHighSurrogate(last)) {
				this.pendingHighSurrogate = last;
				text = text.substring(0, text.length() - 1);
			}
			if (!text.isEmpty()) {
				this.out.write(text.getBytes(this.charset));
			}
		}

		/** Nothing to flush: every piece is written as it comes (but half a pair). */
		@Override
		public void flush() {
		}

		/**
		 * A first half of a pair that never got its second is replaced, as a lone one is.
		 */
		@Override
		public void close() throws IOException {
			if (this.pendingHighSurrogate != 0) {
				this.out.write(String.valueOf(this.pendingHighSurrogate).getBytes(this.charset));
				this.pendingHighSurrogate = 0;
			}
		}

	}

}
