package org.annals.ingest.internal.sheet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates bytes as a fuzzer does, from a fixed seed so that a failure can be made again:
 * bits flipped, bytes set to values parsers care about, bytes and markup inserted, ranges
 * deleted, repeated or cut off, and pieces of another input spliced in.
 */
final class Mutator {

	private static final byte[] INTERESTING = { 0, (byte) 0xFF, 0x7F, (byte) 0x80, (byte) 0xC0, (byte) 0xEF, '<', '>',
			'&', '"', '\'', '/', '=', ';', ',', '\n', '\r', '#', 'x', '9', ':' };

	private static final List<byte[]> TOKENS = List
		.of("<row>", "</row>", "<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c t=\"inlineStr\"><is><t>", "</t></is></c>",
				"&#0;", "&#x10FFFF;", "&amp;", "&nope;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi ?>",
				"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>", "_x0000_", "r=\"XFD1048576\"", "r=\"-1\"",
				"s=\"99999\"", "\"", "\u6210\u90fd", "\uFEFF", "\u0000", "99999999999", "<w:p><w:r><w:t>",
				"</w:t></w:r></w:p>", "\",\"", "\"\"\"")
		.stream()
		.map((s) -> s.getBytes(StandardCharsets.UTF_8))
		.toList();

	private final Random random;

	Mutator(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * One to four mutations of an input.
	 * @param input the input, not changed
	 * @param other another input to splice from
	 * @return the mutated copy
	 */
	byte[] mutate(byte[] input, byte[] other) {
		byte[] bytes = input;
		int times = 1 + this.random.nextInt(4);
		for (int i = 0; i < times; i++) {
			bytes = once(bytes, other);
		}
		return bytes;
	}

	private byte[] once(byte[] bytes, byte[] other) {
		if (bytes.length == 0) {
			return TOKENS.get(this.random.nextInt(TOKENS.size()));
		}
		int at = this.random.nextInt(bytes.length);
		return switch (this.random.nextInt(8)) {
			case 0 -> {
				byte[] copy = bytes.clone();
				copy[at] ^= (byte) (1 << this.random.nextInt(8));
				yield copy;
			}
			case 1 -> {
				byte[] copy = bytes.clone();
				copy[at] = INTERESTING[this.random.nextInt(INTERESTING.length)];
				yield copy;
			}
			case 2 -> insert(bytes, at, TOKENS.get(this.random.nextInt(TOKENS.size())));
			case 3 -> {
				int length = 1 + this.random.nextInt(Math.min(64, bytes.length - at));
				byte[] copy = new byte[bytes.length - length];
				System.arraycopy(bytes, 0, copy, 0, at);
				System.arraycopy(bytes, at + length, copy, at, bytes.length - at - length);
				yield copy;
			}
			case 4 -> {
				int length = 1 + this.random.nextInt(Math.min(256, bytes.length - at));
				byte[] piece = Arrays.copyOfRange(bytes, at, at + length);
				yield insert(bytes, at, piece.length < 16 ? repeat(piece, 1 + this.random.nextInt(200)) : piece);
			}
			case 5 -> Arrays.copyOf(bytes, at);
			case 6 -> {
				if (other.length == 0) {
					yield bytes;
				}
				int from = this.random.nextInt(other.length);
				int length = 1 + this.random.nextInt(Math.min(512, other.length - from));
				yield insert(bytes, at, Arrays.copyOfRange(other, from, from + length));
			}
			default -> {
				byte[] random = new byte[1 + this.random.nextInt(16)];
				this.random.nextBytes(random);
				yield insert(bytes, at, random);
			}
		};
	}

	private static byte[] insert(byte[] bytes, int at, byte[] piece) {
		byte[] copy = new byte[bytes.length + piece.length];
		System.arraycopy(bytes, 0, copy, 0, at);
		System.arraycopy(piece, 0, copy, at, piece.length);
		System.arraycopy(bytes, at, copy, at + piece.length, bytes.length - at);
		return copy;
	}

	private static byte[] repeat(byte[] piece, int times) {
		byte[] copy = new byte[piece.length * times];
		for (int i = 0; i < times; i++) {
			System.arraycopy(piece, 0, copy, i * piece.length, piece.length);
		}
		return copy;
	}

}
