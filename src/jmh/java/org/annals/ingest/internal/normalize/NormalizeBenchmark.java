package org.annals.ingest.internal.normalize;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.annals.ingest.internal.sheet.Cell;
import org.annals.reference.IndicatorCatalog;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;
import org.annals.reference.RegionGazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-cell work of making a fact, one call each, at the quick JIT tier the launcher
 * runs commands with: a number cell and a number typed as text, a region's name as a
 * county table writes it, a unit, a year header. The reference data is the repository's
 * own ({@code jobs/}, so run from the project's root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx256m", "-XX:TieredStopAtLevel=1" })
public class NormalizeBenchmark {

	private final Cell numberCell = new Cell(4, "2140.3", Cell.Kind.NUMBER, null);

	private final Cell textCell = new Cell(4, "１,２４０.５ ", Cell.Kind.TEXT, null);

	private RegionGazetteer regions;

	private Region sichuan;

	private IndicatorCatalog.Units units;

	@Setup
	public void load() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(Path.of("jobs")));
		this.regions = reference.regions();
		this.sichuan = this.regions.byCode("510000").orElseThrow();
		this.units = reference.indicators().units();
	}

	@Benchmark
	public NumberParser.Parsed numberCell() {
		return NumberParser.parse(this.numberCell);
	}

	@Benchmark
	public NumberParser.Parsed numberTypedAsText() {
		return NumberParser.parse(this.textCell);
	}

	@Benchmark
	public Object region() {
		return this.regions.resolve("锦 江 区", this.sichuan);
	}

	@Benchmark
	public Object unit() {
		return this.units.find("万元");
	}

	@Benchmark
	public int year() {
		return Years.exact("2022年");
	}

}
