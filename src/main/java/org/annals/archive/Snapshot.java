package org.annals.archive;

/**
 * A frozen year: a BagIt bag on disk and the hash of its tag manifest, anchored in the
 * database.
 *
 * @param id the id
 * @param year the year
 * @param label the label
 * @param path the bag's folder
 * @param tagManifestSha256 the SHA-256 of its {@code tagmanifest-sha256.txt}
 * @param payloadOxum its Payload-Oxum
 * @param createdAt when it was made
 * @param lastCheckedAt when its fixity was last checked, or null
 * @param lastOutcome {@code ok} or {@code failed}, or null
 */
public record Snapshot(long id, int year, String label, String path, String tagManifestSha256, String payloadOxum,
		String createdAt, String lastCheckedAt, String lastOutcome) {
}
