package org.annals.web.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.annals.archive.ArchiveService;
import org.annals.archive.BagVerifier;
import org.annals.archive.Snapshot;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.Launches;
import org.annals.support.AuditTrail;
import org.annals.support.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archivists' HTTP API: snapshots, creating one (in the background), verifying one.
 */
@RestController
@ConditionalOnWebApplication
class SnapshotsApiController {

	private final ArchiveService archive;

	private final Launches launches;

	private final ApiYears years;

	private final RequestAudit audit;

	SnapshotsApiController(ArchiveService archive, Launches launches, ApiYears years, RequestAudit audit) {
		this.audit = audit;
		this.archive = archive;
		this.years = years;
		this.launches = launches;
	}

	@GetMapping("/api/snapshots")
	List<Snapshot> snapshots() {
		return this.archive.list();
	}

	@PostMapping("/api/snapshots")
	ResponseEntity<Map<String, Object>> create(@RequestParam int year, @RequestParam(required = false) String label,
			Principal user, HttpServletRequest request) {
		this.years.check(year, HttpStatus.BAD_REQUEST);
		Map<String, String> parameters = (label != null) ? Map.of("year", String.valueOf(year), "label", label)
				: Map.of("year", String.valueOf(year));
		if (this.launches.start(JobCatalogue.ARCHIVE, parameters).isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("error", Messages.get("api.error.snapshotRunning")));
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("job", JobCatalogue.ARCHIVE);
		detail.put("year", year);
		detail.put("label", label);
		this.audit.record(user, request, AuditTrail.JOB_START, detail);
		return ResponseEntity.accepted().body(Map.of("year", year, "accepted", true));
	}

	@PostMapping("/api/snapshots/{id}/verify")
	ResponseEntity<BagVerifier.Verification> verify(@PathVariable long id, Principal user, HttpServletRequest request) {
		Snapshot snapshot = this.archive.list().stream().filter((s) -> s.id() == id).findFirst().orElse(null);
		if (snapshot == null) {
			return ResponseEntity.notFound().build();
		}
		BagVerifier.Verification verification = this.archive.check(id);
		this.audit.record(user, request, AuditTrail.SNAPSHOT_VERIFIED,
				Map.of("snapshot", id, "year", snapshot.year(), "valid", verification.valid()));
		return ResponseEntity.ok(verification);
	}

}
