package org.annals.web;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people who sign in, from {@code web_user}, with one role each: {@code OPERATOR},
 * {@code DEPARTMENT} (bound to its inbox folder), {@code EDITOR} or {@code ARCHIVIST}.
 * The first operator, {@code admin}, takes {@code ANNALS_ADMIN_PASSWORD} at every start
 * (so setting it and restarting rotates it), or a generated password printed once.
 */
public class UserAccounts implements UserDetailsService {

	/** The roles. */
	public static final Set<String> ROLES = Set.of("OPERATOR", "DEPARTMENT", "EDITOR", "ARCHIVIST");

	private static final Log logger = LogFactory.getLog(UserAccounts.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/**
	 * Makes sure the first operator exists.
	 * @param password {@code ANNALS_ADMIN_PASSWORD}, may be blank
	 */
	void bootstrap(String password) {
		boolean exists = find("admin").isPresent();
		if (!password.isBlank()) {
			save("admin", password, "OPERATOR", null);
		}
		else if (!exists) {
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			String generated = HexFormat.of().formatHex(random);
			save("admin", generated, "OPERATOR", null);
			System.err
				.println("首个管理员 admin 的密码（只显示这一次）/ password of the first operator admin (shown once): " + generated);
			logger.warn(
					"ANNALS_ADMIN_PASSWORD is not set; a password for admin was generated and printed on the console");
		}
	}

	/**
	 * Creates or updates a user.
	 * @param username the name
	 * @param password the password in clear, hashed here
	 * @param role one of {@link #ROLES}
	 * @param department the inbox folder of a department user, else null
	 */
	public void save(String username, String password, String role, String department) {
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("role is one of " + ROLES + ", not " + role);
		}
		if ("DEPARTMENT".equals(role) && (department == null || department.isBlank())) {
			throw new IllegalArgumentException("a department user needs its department");
		}
		String hash = this.encoder.encode(password);
		int updated = this.jdbc
			.sql("update web_user set password_hash = ?, role = ?, department = ? where username = ?")
			.params(hash, role, department, username)
			.update();
		if (updated == 0) {
			this.jdbc.sql(
					"insert into web_user (username, password_hash, role, department, created_at) values (?, ?, ?, ?, ?)")
				.params(username, hash, role, department, new Timestamp(System.currentTimeMillis()))
				.update();
		}
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
	 * Every user: name, role, department.
	 * @return the users
	 */
	public List<String[]> all() {
		return this.jdbc.sql("select username, role, department from web_user order by username")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
	}

}
