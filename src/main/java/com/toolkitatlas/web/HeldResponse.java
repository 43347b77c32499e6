package com.toolkitatlas.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A page's answer held whole until it is rendered, as {@link HttpCaching} needs it: what
 * Spring's {@link ContentCachingResponseWrapper} holds, but text in UTF-8 written through
 * {@link #getWriter()} goes into a {@link PageWriter}, which encodes it once, as it
 * comes, and hands it over in one array, where Spring's writer runs every write through a
 * character encoder of its own and copies it into the held bytes (which is why Thymeleaf
 * rendered into a buffer of its own first). Thymeleaf renders straight into it
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing}): the answer
 * is still sent only once it is whole, and never if the rendering fails
 * ({@code TemplateFailureTest}).
 * <p>
 * A body is written through the writer or through the output stream, not both, as the
 * servlet API has it ({@link jakarta.servlet.ServletResponse#getWriter()}).
 */
final class HeldResponse extends ContentCachingResponseWrapper {

	private PageWriter text;

	private boolean writer;

	private boolean stream;

	HeldResponse(HttpServletResponse response) {
		super(response);
	}

	/**
	 * A {@link PageWriter} for a body in UTF-8, every page's; Spring's holding writer for
	 * any other encoding.
	 */
	@Override
	public PrintWriter getWriter() throws IOException {
		if (stream) {
			throw new IllegalStateException("The body is already written through the output stream");
		}
		writer = true;
		if (text != null) {
			return text;
		}
		if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
			return super.getWriter();
		}
		text = PageWriter.utf8();
		return text;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (writer) {
			throw new IllegalStateException("The body is already written through the writer");
		}
		stream = true;
		return super.getOutputStream();
	}

	/**
	 * The body as written; the text without passing through the held bytes when nothing
	 * else is held.
	 */
	@Override
	public byte[] getContentAsByteArray() {
		if (text == null || text.isEmpty()) {
			return super.getContentAsByteArray();
		}
		if (super.getContentSize() == 0) {
			return text.bytes();
		}
		holdText();
		return super.getContentAsByteArray();
	}

	@Override
	public InputStream getContentInputStream() {
		holdText();
		return super.getContentInputStream();
	}

	@Override
	public int getContentSize() {
		holdText();
		return super.getContentSize();
	}

	@Override
	protected void copyBodyToResponse(boolean complete) throws IOException {
		holdText();
		super.copyBodyToResponse(complete);
	}

	@Override
	public void resetBuffer() {
		if (text != null) {
			text.clear();
		}
		super.resetBuffer();
	}

	@Override
	public void reset() {
		super.reset();
		text = null;
		writer = false;
		stream = false;
	}

	/**
	 * Moves the text written so far, encoded, into the bytes held by Spring's wrapper.
	 */
	private void holdText() {
		if (text != null && !text.isEmpty()) {
			byte[] bytes = text.bytes();
			text.clear();
			try {
				super.getOutputStream().write(bytes);
			}
			catch (IOException e) {
				// Spring's held bytes are in memory: nothing to fail.
				throw new IllegalStateException(e);
			}
		}
	}

}
