package org.annals.web;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.annals.web.internal.FirstOperator;

/**
 * The people who sign in, from {@code web_user}, with one role each: {@code OPERATOR},
 * {@code DEPARTMENT} (bound to its inbox folder), {@code EDITOR}, {@code ARCHIVIST} or
 * {@code REVIEWER} (bound to the region, a GB/T 2260 code, whose items it reviews). Every
 * password set meets the {@link PasswordPolicy}; every user created, password changed and
 * role changed is written to the {@link AuditLog}. The first operator, {@code admin}, is
 * made by {@link FirstOperator}.
 */
public class UserAccounts implements UserDetailsService {

	/** The roles. */
	public static final Set<String> ROLES = Set.of("OPERATOR", "DEPARTMENT", "EDITOR", "ARCHIVIST", "REVIEWER");

	/** Audit event type: a user was created. */
	public static final String USER_CREATED = "USER_CREATED";

	/** Audit event type: a user's password was changed. */
	public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	/** Audit event type: a user's role or department was changed. */
	public static final String ROLE_CHANGED = "ROLE_CHANGED";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditEventRepository audit;

	public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditEventRepository audit) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
	}

	private record Stored(String hash, String role, String department) {
	}

	/**
	 * Creates or updates a user, as the system.
	 * @param username the name
	 * @param password the password in clear, hashed here
	 * @param role one of {@link #ROLES}
	 * @param department the inbox folder of a department user, else null
	 * @throws IllegalArgumentException for an unknown role, a department user without its
	 * department, or a password the {@link PasswordPolicy} refuses
	 */
	public void save(String username, String password, String role, String department) {
		save(username, password, role, department, "system");
	}

	/**
	 * Creates or updates a user.
	 * @param username the name
	 * @param password the password in clear, hashed here
	 * @param role one of {@link #ROLES}
	 * @param department the inbox folder of a department user, else null
	 * @param actor who makes the change, for the audit log
	 * @throws IllegalArgumentException for an unknown role, a department user without its
	 * department, or a password the {@link PasswordPolicy} refuses
	 */
	public void save(String username, String password, String role, String department, String actor) {
		PasswordPolicy.check(username, password);
		store(username, password, role, department, actor);
	}

	/**
	 * Creates or updates a user with a region (a reviewer's).
	 * @param username the name
	 * @param password the password in clear, hashed here
	 * @param role one of {@link #ROLES}
	 * @param department the inbox folder of a department user, else null
	 * @param region the GB/T 2260 code of the region a reviewer reviews, else null
	 * @param actor who makes the change, for the audit log
	 * @throws IllegalArgumentException as {@link #save(String, String, String, String)},
	 * and for a reviewer without its region
	 */
	public void save(String username, String password, String role, String department, String region, String actor) {
		if ("REVIEWER".equals(role) && (region == null || region.isBlank())) {
			throw new IllegalArgumentException("a reviewer needs its region");
		}
		PasswordPolicy.check(username, password);
		store(username, password, role, department, actor);
		String before = regionOf(username).orElse(null);
		if (!Objects.equals(before, region)) {
			this.jdbc.sql("update web_user set region = ? where username = ?").params(region, username).update();
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("user", username);
			data.put("region", String.valueOf(region));
			if (before != null) {
				data.put("previousRegion", before);
			}
			this.audit.add(new AuditEvent(actor, ROLE_CHANGED, data));
		}
	}

	/**
	 * A user's region, when it has one (a reviewer's).
	 * @param username the name
	 * @return the GB/T 2260 code
	 */
	public Optional<String> regionOf(String username) {
		return this.jdbc.sql("select region from web_user where username = ? and region is not null")
			.param(username)
			.query(String.class)
			.optional();
	}

	/**
	 * Creates or updates a user without the password policy: only for the first
	 * operator's password from {@code ANNALS_ADMIN_PASSWORD}, which an installation set
	 * before the policy existed and must still start with (it is warned about).
	 */
	public void store(String username, String password, String role, String department, String actor) {
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("role is one of " + ROLES + ", not " + role);
		}
		if ("DEPARTMENT".equals(role) && (department == null || department.isBlank())) {
			throw new IllegalArgumentException("a department user needs its department");
		}
		Optional<Stored> before = stored(username);
		String hash = this.encoder.encode(password);
		if (before.isEmpty() && create(username, hash, role, department)) {
			record(actor, USER_CREATED, username, role, department, null);
			return;
		}
		this.jdbc.sql("update web_user set password_hash = ?, role = ?, department = ? where username = ?")
			.params(hash, role, department, username)
			.update();
		Stored old = before.orElse(new Stored(null, null, null));
		if (old.hash() == null || !this.encoder.matches(password, old.hash())) {
			record(actor, PASSWORD_CHANGED, username, null, null, null);
		}
		if (!role.equals(old.role()) || !Objects.equals(department, old.department())) {
			record(actor, ROLE_CHANGED, username, role, department, old);
		}
	}

	/**
	 * Inserts a user unless one of that name exists: two nodes that start at once on an
	 * empty database both try, and exactly one succeeds, neither fails.
	 * @return whether this call created it
	 */
	boolean create(String username, String hash, String role, String department) {
		return this.jdbc
			.sql("insert into web_user (username, password_hash, role, department, created_at) "
					+ "values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(username, hash, role, department, new Timestamp(System.currentTimeMillis()))
			.update() == 1;
	}

	/**
	 * Makes the first operator with a generated password unless it exists.
	 * @return the password, when this call made the operator; empty when it existed or
	 * another node made it at the same moment
	 */
	public Optional<String> createFirstOperator() {
		if (stored(FirstOperator.NAME).isPresent()) {
			return Optional.empty();
		}
		byte[] random = new byte[12];
		new SecureRandom().nextBytes(random);
		String generated = HexFormat.of().formatHex(random);
		if (!create(FirstOperator.NAME, this.encoder.encode(generated), "OPERATOR", null)) {
			return Optional.empty();
		}
		record("system", USER_CREATED, FirstOperator.NAME, "OPERATOR", null, null);
		return Optional.of(generated);
	}

	private void record(String actor, String type, String username, String role, String department, Stored old) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("user", username);
		if (role != null) {
			data.put("role", role);
		}
		if (department != null) {
			data.put("department", department);
		}
		if (old != null && old.role() != null) {
			data.put("previousRole", old.role());
			if (old.department() != null) {
				data.put("previousDepartment", old.department());
			}
		}
		this.audit.add(new AuditEvent(actor, type, data));
	}

	private Optional<Stored> stored(String username) {
		return this.jdbc.sql("select password_hash, role, department from web_user where username = ?")
			.param(username)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/**
	 * A user's department, for a department user.
	 * @param username the name
	 * @return the department
	 */
	public Optional<String> departmentOf(String username) {
		return this.jdbc.sql("select department from web_user where username = ? and role = 'DEPARTMENT'")
			.param(username)
			.query(String.class)
			.optional();
	}

	private Optional<UserDetails> find(String username) {
		return this.jdbc.sql("select username, password_hash, role, enabled from web_user where username = ?")
			.param(username)
			.query((rs, n) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.roles(rs.getString(3))
				.disabled(!rs.getBoolean(4))
				.build())
			.optional();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/**
	 * Every user: name, role, department, region.
	 * @return the users
	 */
	public List<String[]> all() {
		return this.jdbc.sql("select username, role, department, region from web_user order by username")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list();
	}

}
