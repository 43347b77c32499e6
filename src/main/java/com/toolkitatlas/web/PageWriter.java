package com.toolkitatlas.web;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The writer a page is rendered into ({@link HeldResponse#getWriter()}): it encodes the
 * text in UTF-8 as it is written, into blocks that are never copied as the page grows,
 * and hands the page over in one array of its size when it is whole ({@link #bytes()}).
 * Thymeleaf writes a page in thousands of small pieces; without this, it rendered into a
 * buffer of its own that started at 1,024 characters and was copied at every doubling
 * (and widened to two bytes a character, all of it, at the page's first character beyond
 * Latin-1), then copied whole into Spring's holding writer, which encoded it into a
 * stream of blocks that was copied whole again: some 60 % of what rendering a page
 * allocated, and with a 128 MB heap collecting that was a large part of a page's cost
 * (bench/RESULTS.md, tenth round).
 * <p>
 * The writes skip {@link PrintWriter}'s lock: a response's writer is used by the one
 * thread that renders it. A writer that fails to write cannot happen here, so
 * {@link #checkError()} is always false.
 */
final class PageWriter extends PrintWriter {

	/**
	 * Bytes a block holds: a dozen blocks for the largest pages (94 kB), one for the
	 * smallest.
	 */
	static final int BLOCK = 8 * 1024;

	private final Blocks blocks;

	private PageWriter(Blocks blocks) {
		super(blocks);
		this.blocks = blocks;
	}

	/** A writer for text to be sent in UTF-8. */
	static PageWriter utf8() {
		return new PageWriter(new Blocks());
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
		// Nothing to flush: the page stays here until it is whole.
	}

	/** Whether nothing has been written. */
	boolean isEmpty() {
		return blocks.isEmpty();
	}

	/** Everything written so far, in UTF-8. */
	byte[] bytes() {
		return blocks.bytes();
	}

	/** Forgets everything written. */
	void clear() {
		blocks.clear();
	}

	/**
	 * The text encoded as it is written, in blocks of {@link #BLOCK} bytes, each filled
	 * to the brim before the next is made. A run of characters below 128, nearly all of a
	 * page, is copied a byte a character in one loop; a character beyond takes the two to
	 * four bytes UTF-8 gives it, as {@link String#getBytes} writes it: a surrogate pair
	 * as its code point (also when its halves come in two writes), a lone surrogate as
	 * {@code ?}.
	 */
	private static final class Blocks extends Writer {

		/** No high surrogate waiting for its low half. */
		private static final char NONE = 0;

		private final List<byte[]> full = new ArrayList<>();

		private byte[] current = new byte[BLOCK];

		private int position;

		/** The high half of a pair whose low half is still to come, or {@link #NONE}. */
		private char high = NONE;

		@Override
		public void write(String text, int offset, int count) {
			int end = offset + count;
			int i = offset;
			while (i < end) {
				if (high == NONE) {
					// A run of ASCII, as far as the block has room.
					int limit = Math.min(end, i + BLOCK - position);
					byte[] block = current;
					int at = position;
					while (i < limit) {
						char c = text.charAt(i);
						if (c >= 0x80) {
							break;
						}
						block[at++] = (byte) c;
						i++;
					}
					position = at;
					if (i == end) {
						return;
					}
					if (position == BLOCK) {
						nextBlock();
						continue;
					}
				}
				encode(text.charAt(i++));
			}
		}

		@Override
		public void write(char[] characters, int offset, int count) {
			write(new String(characters, offset, count), 0, count);
		}

		@Override
		public void write(int character) {
			char c = (char) character;
			if (c < 0x80 && high == NONE) {
				if (position == BLOCK) {
					nextBlock();
				}
				current[position++] = (byte) c;
			}
			else {
				encode(c);
			}
		}

		/** One character that is not ASCII, or that follows a high surrogate. */
		private void encode(char c) {
			if (high != NONE) {
				char before = high;
				high = NONE;
				if (Character.isLowSurrogate(c)) {
					int point = Character.toCodePoint(before, c);
					put(0xf0 | point >> 18);
					put(0x80 | point >> 12 & 0x3f);
					put(0x80 | point >> 6 & 0x3f);
					put(0x80 | point & 0x3f);
					return;
				}
				put('?');
			}
			if (c < 0x80) {
				put(c);
			}
			else if (c < 0x800) {
				put(0xc0 | c >> 6);
				put(0x80 | c & 0x3f);
			}
			else if (Character.isHighSurrogate(c)) {
				high = c;
			}
			else if (Character.isLowSurrogate(c)) {
				put('?');
			}
			else {
				put(0xe0 | c >> 12);
				put(0x80 | c >> 6 & 0x3f);
				put(0x80 | c & 0x3f);
			}
		}

		private void put(int b) {
			if (position == BLOCK) {
				nextBlock();
			}
			current[position++] = (byte) b;
		}

		private void nextBlock() {
			full.add(current);
			current = new byte[BLOCK];
			position = 0;
		}

		/** Everything written, in one array of its size. */
		byte[] bytes() {
			int size = full.size() * BLOCK + position + (high == NONE ? 0 : 1);
			if (full.isEmpty() && high == NONE) {
				return Arrays.copyOf(current, position);
			}
			byte[] bytes = new byte[size];
			int at = 0;
			for (byte[] block : full) {
				System.arraycopy(block, 0, bytes, at, BLOCK);
				at += BLOCK;
			}
			System.arraycopy(current, 0, bytes, at, position);
			if (high != NONE) {
				// A high surrogate at the very end, alone.
				bytes[size - 1] = '?';
			}
			return bytes;
		}

		boolean isEmpty() {
			return full.isEmpty() && position == 0 && high == NONE;
		}

		void clear() {
			// The block in use is kept: bytes() has handed over a copy of it.
			full.clear();
			position = 0;
			high = NONE;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
