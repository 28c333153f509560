package org.annals.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.annals.support.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records what a command does in the audit trail: the actor is the operating-system user
 * who ran it, the way {@code cli}.
 */
@Component
class CliAudit {

	private final ObjectProvider<AuditTrail> trail;

	CliAudit(ObjectProvider<AuditTrail> trail) {
		this.trail = trail;
	}

	/**
	 * Records one action of this command.
	 * @param type one of {@link AuditTrail}'s types
	 * @param detail what it concerned
	 */
	void record(String type, Map<String, ?> detail) {
		Map<String, Object> data = new LinkedHashMap<>(detail);
		data.put("via", "cli");
		this.trail.ifAvailable((audit) -> audit.record(actor(), type, null, data));
	}

	static String actor() {
		String user = System.getProperty("user.name");
		return (user != null && !user.isBlank()) ? user : "cli";
	}

}
