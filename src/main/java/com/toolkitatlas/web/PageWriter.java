package com.toolkitatlas.web;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer a page is rendered into ({@link HeldResponse#getWriter()}): it keeps the
 * text as it is written and encodes it once, when the page is whole ({@link #bytes()}).
 * Thymeleaf writes a page in thousands of small pieces; without this, it rendered into a
 * buffer of its own that started at 1,024 characters and was copied at every doubling
 * (and widened to two bytes a character, all of it, at the page's first character beyond
 * Latin-1), then copied whole into the response's writer, which encoded it into a stream
 * of blocks that was copied whole again (bench/RESULTS.md, tenth round). Here the text
 * goes into blocks of a fixed size that are never copied as the page grows, and is
 * encoded block by block.
 * <p>
 * The writes skip {@link PrintWriter}'s lock: a response's writer is used by the one
 * thread that renders it. A writer that fails to write cannot happen here, so
 * {@link #checkError()} is always false.
 */
final class PageWriter extends PrintWriter {

	/**
	 * Characters a block holds: some two dozen blocks for the largest pages (94 kB), one
	 * for the smallest. A block with a character beyond Latin-1 is encoded a character at
	 * a time, the others with the processor's vector instructions: small blocks keep the
	 * slow ones few.
	 */
	static final int BLOCK = 4 * 1024;

	private final Blocks blocks;

	private PageWriter(Blocks blocks) {
		super(blocks);
		this.blocks = blocks;
	}

	/** A writer for text to be sent in this character encoding. */
	static PageWriter encodingIn(Charset charset) {
		return new PageWriter(new Blocks(charset));
	}

	@Override
	public void write(String text) {
		blocks.write(text, 0, text.length());
	}

	@Override
	public void write(String text, int offset, int length) {
		blocks.write(text, offset, length);
	}

	@Override
	public void write(char[] characters) {
		blocks.write(characters, 0, characters.length);
	}

	@Override
	public void write(char[] characters, int offset, int length) {
		blocks.write(characters, offset, length);
	}

	@Override
	public void write(int character) {
		blocks.write(character);
	}

	@Override
	public void flush() {
		// Nothing to flush: the text stays here until the page is whole.
	}

	/** Whether nothing has been written. */
	boolean isEmpty() {
		return blocks.isEmpty();
	}

	/** Everything written so far, in the writer's character encoding. */
	byte[] bytes() {
		return blocks.bytes();
	}

	/** Forgets everything written. */
	void clear() {
		blocks.clear();
	}

	/**
	 * The text in blocks of {@link #BLOCK} characters, each filled to the brim before the
	 * next is made. Every write is one copy of its characters: a string's by
	 * {@link String#getChars}, which widens Latin-1 text with the processor's vector
	 * instructions, where {@link StringBuilder}'s appends of part of a string or of a
	 * {@code char[]} go a character at a time (JDK 17).
	 */
	private static final class Blocks extends Writer {

		private final Charset charset;

		private final List<char[]> full = new ArrayList<>();

		private char[] current = new char[BLOCK];

		private int position;

		Blocks(Charset charset) {
			this.charset = charset;
		}

		@Override
		public void write(String text, int offset, int count) {
			int end = offset + count;
			while (offset < end) {
				int part = Math.min(room(), end - offset);
				text.getChars(offset, offset + part, current, position);
				position += part;
				offset += part;
			}
		}

		@Override
		public void write(char[] characters, int offset, int count) {
			int end = offset + count;
			while (offset < end) {
				int part = Math.min(room(), end - offset);
				System.arraycopy(characters, offset, current, position, part);
				position += part;
				offset += part;
			}
		}

		@Override
		public void write(int character) {
			room();
			current[position++] = (char) character;
		}

		/** The room left in the current block, after starting the next if it is full. */
		private int room() {
			if (position == BLOCK) {
				full.add(current);
				current = new char[BLOCK];
				position = 0;
			}
			return BLOCK - position;
		}

		/**
		 * Each block encoded on its own, then put together. A character of two chars (a
		 * surrogate pair) cut by a block's end is encoded with the next block, whole.
		 */
		byte[] bytes() {
			List<byte[]> parts = new ArrayList<>(full.size() + 1);
			int size = 0;
			String carried = null;
			for (int i = 0; i <= full.size(); i++) {
				boolean last = i == full.size();
				char[] block = last ? current : full.get(i);
				int end = last ? position : BLOCK;
				int cut = !last && Character.isHighSurrogate(block[end - 1]) ? end - 1 : end;
				String text = new String(block, 0, cut);
				if (carried != null) {
					text = carried + text;
					carried = null;
				}
				if (cut < end) {
					carried = String.valueOf(block[cut]);
				}
				byte[] part = text.getBytes(charset);
				parts.add(part);
				size += part.length;
			}
			if (parts.size() == 1) {
				return parts.get(0);
			}
			byte[] bytes = new byte[size];
			int at = 0;
			for (byte[] part : parts) {
				System.arraycopy(part, 0, bytes, at, part.length);
				at += part.length;
			}
			return bytes;
		}

		boolean isEmpty() {
			return full.isEmpty() && position == 0;
		}

		void clear() {
			full.clear();
			current = new char[BLOCK];
			position = 0;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
