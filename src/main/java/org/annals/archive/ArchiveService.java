package org.annals.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.annals.archive.internal.BagWriter;
import org.annals.archive.internal.BuildingFolder;
import org.annals.archive.internal.SnapshotPayload;
import org.annals.archive.internal.SnapshotRepository;
import org.annals.reference.ReferenceData;
import org.annals.support.AnnalsProperties;
import org.annals.support.AuditTrail;
import org.annals.support.DurableFiles;
import org.annals.support.Messages;
import org.annals.support.OneLine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, verifies and lists the snapshots of {@code $ANNALS_HOME/archive/}. A snapshot
 * is never overwritten: a second create with the same label is refused; a crash half-way
 * leaves only a building folder, which a later create removes once its builder is
 * provably gone ({@link BuildingFolder}); a bag is on disk before its row is written.
 */
@Service
public class ArchiveService {

	/** The software version written into every bag. */
	public static final String VERSION = "Annals "
			+ Optional.ofNullable(ArchiveService.class.getPackage().getImplementationVersion())
				.orElse("0.1.0-SNAPSHOT");

	private static final Log logger = LogFactory.getLog(ArchiveService.class);

	private final SnapshotRepository snapshots;

	private final SnapshotPayload payload;

	private final ReferenceData reference;

	private final Path archive;

	private final BagVerifier verifier = new BagVerifier();

	private final TransactionTemplate ownTransaction;

	private final DurableFiles durable;

	private final ObjectProvider<AuditTrail> audit;

	ArchiveService(SnapshotRepository snapshots, SnapshotPayload payload, ReferenceData reference,
			AnnalsProperties properties, PlatformTransactionManager transactionManager, DurableFiles durable,
			ObjectProvider<AuditTrail> audit) {
		this.snapshots = snapshots;
		this.audit = audit;
		this.durable = durable;
		// a check's outcome is kept even when the fixity job then fails
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.payload = payload;
		this.reference = reference;
		this.archive = properties.home().resolve("archive").toAbsolutePath().normalize();
	}

	/**
	 * A snapshot that cannot be made as asked.
	 */
	public static class RefusedException extends RuntimeException {

		RefusedException(String message) {
			super(message);
		}

	}

	/**
	 * Makes the snapshot of a year.
	 * @param year the year
	 * @param label its label, or null for the date and time
	 * @param execution the job execution, or null
	 * @param progress told of each payload file written
	 * @return the snapshot
	 */
	public Snapshot create(int year, String label, Long execution, Consumer<String> progress) {
		String name = (label != null && !label.isBlank()) ? name(label)
				: LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		if (this.snapshots.byLabel(year, name).isPresent()) {
			throw new RefusedException(Messages.get("archive.snapshot.exists", year, name));
		}
		try {
			BuildingFolder.removeAbandoned(this.archive);
			Path target = this.archive.resolve(year + "-" + name);
			if (Files.exists(target)) {
				return audited(registerExisting(year, name, target, execution), execution);
			}
			List<BagWriter.Entry> entries = this.payload.of(year);
			Map<String, String> info = new LinkedHashMap<>();
			info.put("Source-Organization", this.reference.departments().office().name());
			info.put("Bagging-Date", LocalDate.now().toString());
			info.put("External-Identifier", "annals-" + year + "-" + name);
			info.put("Annals-Year", String.valueOf(year));
			info.put("Annals-Label", name);
			info.put("Bag-Software-Agent", VERSION);
			info.put("Annals-Job-Execution-Id", String.valueOf(execution));
			BagWriter.Written written = new BagWriter(this.durable).write(target, entries, info, progress);
			return audited(this.snapshots.insert(year, name, target.toString(), written.tagManifestSha256(),
					written.payloadOxum(), execution), execution);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The audit trail learns of a snapshot made (who started its job, it knows too). */
	private Snapshot audited(Snapshot snapshot, Long execution) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("snapshot", snapshot.id());
		detail.put("year", snapshot.year());
		detail.put("label", snapshot.label());
		detail.put("execution", execution);
		detail.put("via", "job");
		this.audit
			.ifAvailable((trail) -> trail.record(AuditTrail.SYSTEM_ACTOR, AuditTrail.SNAPSHOT_CREATED, null, detail));
		return snapshot;
	}

	/**
	 * A crash between the rename and the database: the bag is whole, only unregistered.
	 */
	private Snapshot registerExisting(int year, String name, Path target, Long execution) throws IOException {
		BagVerifier.Verification verification = this.verifier.verify(target);
		if (!verification.valid()) {
			throw new RefusedException(
					target + " exists and is not a valid bag; move it away first. / " + verification);
		}
		String oxum = Files.readAllLines(target.resolve("bag-info.txt"))
			.stream()
			.filter((l) -> l.startsWith("Payload-Oxum:"))
			.map((l) -> l.substring("Payload-Oxum:".length()).strip())
			.findFirst()
			.orElse("");
		logger.warn("Registering the bag found at " + target + " (made before a crash)");
		// its maker may have died before forcing it
		this.durable.tree(target);
		this.durable.directory(this.archive);
		return this.snapshots.insert(year, name, target.toString(),
				BagWriter.hash(target.resolve("tagmanifest-sha256.txt"), "SHA-256"), oxum, execution);
	}

	/**
	 * A label as the name of a snapshot and of its folder: NFC, one line (every control
	 * character, CR and LF included, and every separator a {@code _}), so that it forges
	 * no line of bag-info.txt and no path.
	 * @param label the label as given
	 * @return the name
	 */
	static String name(String label) {
		StringBuilder name = new StringBuilder(Normalizer.normalize(label, Normalizer.Form.NFC));
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (OneLine.breaks(c) || c == '/' || c == '\\') {
				name.setCharAt(i, '_');
			}
		}
		return name.toString().strip();
	}

	/**
	 * Verifies a snapshot by id, or any bag by path: full fixity, and for one of ours the
	 * tag manifest's hash anchored in the database.
	 * @param idOrPath a snapshot id or a folder
	 * @return the verification
	 */
	public BagVerifier.Verification verify(String idOrPath) {
		Optional<Snapshot> snapshot = idOrPath.matches("\\d+") ? this.snapshots.byId(Long.parseLong(idOrPath))
				: Optional.empty();
		Path bag = snapshot.map((s) -> Path.of(s.path())).orElse(Path.of(idOrPath).toAbsolutePath().normalize());
		if (snapshot.isEmpty()) {
			snapshot = this.snapshots.byPath(bag.toString());
		}
		BagVerifier.Verification verification = this.verifier.verify(bag);
		return snapshot.map((s) -> anchored(s, bag, verification)).orElse(verification);
	}

	private BagVerifier.Verification anchored(Snapshot snapshot, Path bag, BagVerifier.Verification verification) {
		List<BagVerifier.Problem> errors = new ArrayList<>(verification.errors());
		Path tagManifest = bag.resolve("tagmanifest-sha256.txt");
		try {
			if (!Files.exists(tagManifest)) {
				errors.add(new BagVerifier.Problem("tagmanifest-sha256.txt",
						"missing; the database anchors its SHA-256 " + snapshot.tagManifestSha256()));
			}
			else if (!BagWriter.hash(tagManifest, "SHA-256").equals(snapshot.tagManifestSha256())) {
				errors.add(new BagVerifier.Problem("tagmanifest-sha256.txt",
						"changed: its SHA-256 is not the one anchored in the database "
								+ snapshot.tagManifestSha256()));
			}
		}
		catch (IOException ex) {
			errors.add(new BagVerifier.Problem("tagmanifest-sha256.txt", "cannot be read: " + ex.getMessage()));
		}
		return new BagVerifier.Verification(errors.isEmpty(), errors, verification.warnings());
	}

	/**
	 * Verifies one snapshot now and records the outcome as its latest fixity check (the
	 * snapshots page's button).
	 * @param id the snapshot's id
	 * @return the verification
	 */
	public BagVerifier.Verification check(long id) {
		BagVerifier.Verification verification = verify(String.valueOf(id));
		this.ownTransaction.executeWithoutResult((status) -> this.snapshots.recordCheck(id, verification.valid(),
				describe(verification.errors()), null));
		return verification;
	}

	/**
	 * Checks every snapshot and records each outcome.
	 * @param execution the job execution, or null
	 * @return the snapshots that failed, with their problems
	 */
	public Map<Snapshot, BagVerifier.Verification> checkAll(Long execution) {
		Map<Snapshot, BagVerifier.Verification> failed = new LinkedHashMap<>();
		for (Snapshot snapshot : this.snapshots.all()) {
			BagVerifier.Verification verification = verify(String.valueOf(snapshot.id()));
			this.ownTransaction.executeWithoutResult((status) -> this.snapshots.recordCheck(snapshot.id(),
					verification.valid(), describe(verification.errors()), execution));
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("snapshot", snapshot.id());
			detail.put("year", snapshot.year());
			detail.put("valid", verification.valid());
			detail.put("execution", execution);
			detail.put("via", "fixity");
			this.audit.ifAvailable(
					(trail) -> trail.record(AuditTrail.SYSTEM_ACTOR, AuditTrail.SNAPSHOT_VERIFIED, null, detail));
			if (!verification.valid()) {
				logger.error("Fixity check failed for snapshot " + snapshot.id() + " (" + snapshot.path() + "): "
						+ describe(verification.errors()));
				failed.put(snapshot, verification);
			}
		}
		return failed;
	}

	/**
	 * The bag of a snapshot id, or a folder.
	 * @param idOrPath a snapshot id or a folder
	 * @return the bag's folder
	 */
	public Path bag(String idOrPath) {
		return (idOrPath.matches("\\d+") ? this.snapshots.byId(Long.parseLong(idOrPath)) : Optional.<Snapshot>empty())
			.map((s) -> Path.of(s.path()))
			.orElse(Path.of(idOrPath).toAbsolutePath().normalize());
	}

	/**
	 * Every snapshot, newest first.
	 * @return the snapshots
	 */
	public List<Snapshot> list() {
		return this.snapshots.all();
	}

	static String describe(List<BagVerifier.Problem> problems) {
		StringBuilder out = new StringBuilder();
		problems.forEach((p) -> out.append(p.file()).append(": ").append(p.what()).append('\n'));
		return out.toString();
	}

}
