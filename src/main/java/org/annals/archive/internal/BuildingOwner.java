package org.annals.archive.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.annals.support.JobOwnerListener;

/**
 * The process that builds a bag, as its owner file records it: host, process id, when
 * that process started (a process id is reused; the pair is not), and the build.
 *
 * @param host the host name
 * @param pid the process id
 * @param started when the process started, in epoch milliseconds, or 0 when unknown
 * @param build the build, unique in the process
 */
record BuildingOwner(String host, long pid, long started, String build) {

	/**
	 * This process, building.
	 * @param build the build
	 * @return the owner
	 */
	static BuildingOwner current(String build) {
		ProcessHandle self = ProcessHandle.current();
		return new BuildingOwner(JobOwnerListener.hostName(), self.pid(), startOf(self), build);
	}

	private static long startOf(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
	}

	/**
	 * The owner an owner file names.
	 * @param file the owner file
	 * @return the owner, or null when the file cannot be read or names none
	 */
	static BuildingOwner read(Path file) {
		Properties p = new Properties();
		try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
			return new BuildingOwner(p.getProperty("host"), Long.parseLong(p.getProperty("pid")),
					Long.parseLong(p.getProperty("started", "0")), p.getProperty("build"));
		}
		catch (IOException | RuntimeException ex) {
			// empty, half written or not ours: nobody can be proven gone
			return null;
		}
	}

	/**
	 * What an owner file holds.
	 * @return the text
	 */
	String text() {
		return "host=" + this.host + "\npid=" + this.pid + "\nstarted=" + this.started + "\nbuild=" + this.build + "\n";
	}

	/**
	 * Whether the owner is provably gone: a process of this host that no longer runs, or
	 * whose id now belongs to a process started at another time, or this very process
	 * when it no longer runs that build. A process on another host cannot be looked up,
	 * so it is never taken as gone.
	 * @return true when provably gone
	 */
	boolean gone() {
		if (this.host == null || this.build == null || !this.host.equals(JobOwnerListener.hostName())) {
			return false;
		}
		if (this.pid == ProcessHandle.current().pid()) {
			// this process, or one before it with the same id (then long gone)
			return !BuildingFolder.running(this.build);
		}
		Optional<ProcessHandle> process = ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return true;
		}
		long start = startOf(process.get());
		return this.started != 0 && start != 0 && start != this.started;
	}

	@Override
	public String toString() {
		return this.host + " pid " + this.pid + " build " + this.build;
	}

}
