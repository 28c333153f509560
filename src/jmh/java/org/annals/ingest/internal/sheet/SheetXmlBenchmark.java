package org.annals.ingest.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a sheet's XML, unzipped and in memory: {@link Utf8SheetXml} against the StAX
 * parser ({@link StaxSheetXml}), at the quick JIT tier the launcher runs commands with and
 * at the full one the server runs with. A long table of the benchmark's shape (region,
 * indicator, unit as inline strings; year and value as numbers), every event and text
 * taken as {@link XlsxSheetCursor} takes them; the score is the time per cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class SheetXmlBenchmark {

	static final int ROWS = 20_000;

	static final int CELLS = ROWS * 5;

	private static final String[] REGIONS = { "锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "青白江区", "新都区" };

	private static final String[] INDICATORS = { "地区生产总值", "第一产业增加值", "常住人口", "社会消费品零售总额" };

	private static final String[] UNITS = { "亿元", "亿元", "万人", "亿元" };

	@Param({ "utf8", "stax" })
	public String reader;

	private byte[] sheet;

	@Setup
	public void write() {
		StringBuilder xml = new StringBuilder(SheetTestFiles.SHEET_START);
		for (int i = 0; i < ROWS; i++) {
			int r = i + 1;
			int k = i % INDICATORS.length;
			xml.append("<row r=\"").append(r).append("\">");
			inline(xml, "A" + r, REGIONS[i % REGIONS.length]);
			inline(xml, "B" + r, INDICATORS[k]);
			inline(xml, "C" + r, UNITS[k]);
			xml.append("<c r=\"D").append(r).append("\"><v>").append(1950 + i % 70).append("</v></c>");
			xml.append("<c r=\"E").append(r).append("\"><v>").append((i % 100_000) / 10.0).append("</v></c></row>");
		}
		this.sheet = xml.append(SheetTestFiles.SHEET_END).toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void inline(StringBuilder xml, String reference, String text) {
		xml.append("<c r=\"").append(reference).append("\" t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
	}

	@Benchmark
	@OperationsPerInvocation(CELLS)
	@Fork(value = 1, jvmArgsAppend = { "-Xmx256m", "-XX:TieredStopAtLevel=1" })
	public long quickJit() throws IOException {
		return read();
	}

	@Benchmark
	@OperationsPerInvocation(CELLS)
	public long fullJit() throws IOException {
		return read();
	}

	private long read() throws IOException {
		ByteArrayInputStream in = new ByteArrayInputStream(this.sheet);
		long sum = 0;
		try (SheetXml xml = "stax".equals(this.reader) ? new StaxSheetXml(in) : Utf8SheetXml.open(in, "表1")) {
			int event;
			while ((event = xml.next()) != SheetXml.DONE) {
				if (event == SheetXml.START) {
					int element = xml.element();
					if (element == SheetXml.CELL) {
						sum += xml.cellColumn() + xml.cellStyle();
						String type = xml.cellType();
						sum += (type != null) ? type.length() : 0;
					}
					else if (element == SheetXml.VALUE || element == SheetXml.TEXT) {
						sum += xml.elementText().hashCode();
					}
				}
			}
		}
		return sum;
	}

}
