package org.annals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Has PostgreSQL plan every set-based statement over the fact and event tables the moment
 * the product sends it, on the product's own connection and transaction (its settings,
 * the statistics of that moment), and refuses a plan that would run the inner side of a
 * join, or a correlated subquery, once per row of the outer side over more than an index
 * lookup: a plan whose time grows with the square of a file. A refused statement is not
 * run (the probe throws), so a quadratic plan fails a test at once instead of holding it
 * for hours.
 */
public final class PlanProbe implements QueryExecutionListener {

	private static final Pattern SET_BASED = Pattern.compile(
			"^\\s*(select|update|delete|with).*\\b(ingest_fact|ingest_published_fact|ingest_event|ingest_coverage|chronicle_entry\\w*)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> planned = Collections.synchronizedList(new ArrayList<>());

	private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

	private volatile boolean on;

	/** Starts looking. */
	public void start() {
		this.planned.clear();
		this.refused.clear();
		this.on = true;
	}

	/** Stops looking. */
	public void stop() {
		this.on = false;
	}

	/**
	 * The statements planned while looking.
	 * @return their texts
	 */
	public List<String> planned() {
		return List.copyOf(this.planned);
	}

	/**
	 * The statements refused while looking, each with the plan's offending part.
	 * @return the refusals
	 */
	public List<String> refused() {
		return List.copyOf(this.refused);
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (!this.on || execution.isBatch()) {
			return;
		}
		for (QueryInfo query : queries) {
			String sql = query.getQuery();
			if (!SET_BASED.matcher(sql).matches() || sql.toLowerCase(Locale.ROOT).contains("for update")) {
				continue;
			}
			List<String> problems = problems(plan(execution, query));
			this.planned.add(sql);
			if (!problems.isEmpty()) {
				String refusal = problems + " in: " + sql;
				this.refused.add(refusal);
				throw new IllegalStateException("a plan that grows with the square of its rows: " + refusal);
			}
		}
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	private static JsonNode plan(ExecutionInfo execution, QueryInfo query) {
		try {
			Connection connection = execution.getStatement().getConnection();
			try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + query.getQuery())) {
				if (!query.getParametersList().isEmpty()) {
					for (ParameterSetOperation operation : query.getParametersList().get(0)) {
						Object[] args = operation.getArgs();
						if (args.length >= 2 && args[0] instanceof Integer index) {
							explain.setObject(index, args[1]);
						}
					}
				}
				try (ResultSet rs = explain.executeQuery()) {
					rs.next();
					return JSON.readTree(rs.getString(1)).get(0).get("Plan");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot plan " + query.getQuery(), ex);
		}
	}

	/**
	 * What in a plan runs once per row of another part: a nested loop whose inner side is
	 * more than an index lookup, a correlated subquery that is.
	 * @param plan the plan's top node, as {@code EXPLAIN (FORMAT JSON)} gives it
	 * @return the offending nodes, described; empty for a plan that grows with its rows
	 */
	public static List<String> problems(JsonNode plan) {
		List<String> problems = new ArrayList<>();
		walk(plan, problems);
		return problems;
	}

	private static void walk(JsonNode node, List<String> problems) {
		JsonNode children = node.get("Plans");
		if ("Nested Loop".equals(node.get("Node Type").asString()) && children != null && children.size() == 2
				&& !lookup(children.get(1))) {
			problems.add("Nested Loop over " + describe(children.get(1)));
		}
		if (children != null) {
			for (JsonNode child : children) {
				JsonNode relationship = child.get("Parent Relationship");
				JsonNode name = child.get("Subplan Name");
				if (relationship != null && "SubPlan".equals(relationship.asString()) && name != null
						&& !name.asString().startsWith("hashed") && !lookup(child)) {
					problems.add(name.asString() + " over " + describe(child));
				}
				walk(child, problems);
			}
		}
	}

	/** Whether a node, run once per outer row, only looks up by an index. */
	private static boolean lookup(JsonNode node) {
		String type = node.get("Node Type").asString();
		JsonNode children = node.get("Plans");
		if (type.equals("Index Scan") || type.equals("Index Only Scan")) {
			return node.has("Index Cond");
		}
		if ((type.equals("Memoize") || type.equals("Limit") || type.equals("Result") || type.equals("Aggregate"))
				&& children != null && children.size() == 1) {
			return lookup(children.get(0));
		}
		return type.equals("Result") && children == null;
	}

	private static String describe(JsonNode node) {
		String relation = node.has("Relation Name") ? " on " + node.get("Relation Name").asString() : "";
		JsonNode children = node.get("Plans");
		String below = (children != null && children.size() > 0) ? " > " + describe(children.get(0)) : "";
		return node.get("Node Type").asString() + relation + below;
	}

}
