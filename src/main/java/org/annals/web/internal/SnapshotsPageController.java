package org.annals.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.annals.archive.ArchiveService;
import org.annals.archive.BagVerifier;
import org.annals.archive.Snapshot;
import org.annals.support.AuditTrail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archivists' snapshots page: each year's snapshots from the archive module, with the
 * outcome of their last fixity check, a button that verifies one now (audited), and its
 * bag to download as a zip.
 */
@Controller
@ConditionalOnWebApplication
class SnapshotsPageController {

	private final ArchiveService archive;

	private final AuditTrail audit;

	private final Labels labels;

	SnapshotsPageController(ArchiveService archive, AuditTrail audit, Labels labels) {
		this.archive = archive;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/snapshots")
	String snapshots(Model model) {
		List<Map<String, Object>> rows = this.archive.list().stream().map(this::row).toList();
		model.addAttribute("snapshots", rows);
		return "snapshots";
	}

	private Map<String, Object> row(Snapshot snapshot) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", snapshot.id());
		row.put("year", snapshot.year());
		row.put("label", snapshot.label());
		row.put("createdAt", shortTime(snapshot.createdAt()));
		row.put("checkedAt", shortTime(snapshot.lastCheckedAt()));
		row.put("outcome", (snapshot.lastOutcome() != null) ? snapshot.lastOutcome() : "none");
		row.put("outcomeName", this.labels.outcome(snapshot.lastOutcome()));
		row.put("oxum", snapshot.payloadOxum());
		return row;
	}

	private static String shortTime(String time) {
		return (time != null) ? time.replace('T', ' ').substring(0, Math.min(19, time.length())) : "";
	}

	@PostMapping("/snapshots/{id}/verify")
	String verify(@PathVariable long id, Principal user, HttpServletRequest request, RedirectAttributes redirect) {
		Snapshot snapshot = find(id);
		BagVerifier.Verification verification = this.archive.check(id);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("snapshot", id);
		detail.put("year", snapshot.year());
		detail.put("valid", verification.valid());
		detail.put("via", "page");
		this.audit.record(user.getName(), AuditTrail.SNAPSHOT_VERIFIED, request.getRemoteAddr(), detail);
		redirect.addFlashAttribute("verified", id);
		redirect.addFlashAttribute("valid", verification.valid());
		redirect.addFlashAttribute("problems",
				verification.errors().stream().map(BagVerifier.Problem::toString).toList());
		return "redirect:/snapshots";
	}

	@GetMapping("/snapshots/{id}/bag.zip")
	ResponseEntity<StreamingResponseBody> download(@PathVariable long id) {
		Snapshot snapshot = find(id);
		Path bag = this.archive.bag(String.valueOf(id));
		if (!Files.isDirectory(bag)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String name = bag.getFileName().toString();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(snapshot.year() + "-" + snapshot.label() + ".zip", StandardCharsets.UTF_8)
			.build());
		headers.setContentType(MediaType.parseMediaType("application/zip"));
		return ResponseEntity.ok().headers(headers).body((out) -> zip(bag, name, out));
	}

	/** The bag as it lies on disk, under its own folder's name, as BagIt tools expect. */
	private static void zip(Path bag, String name, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.walk(bag)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				String entry = name + "/" + bag.relativize(file).toString().replace('\\', '/');
				zip.putNextEntry(new ZipEntry(entry));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		zip.finish();
	}

	private Snapshot find(long id) {
		return this.archive.list()
			.stream()
			.filter((s) -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
