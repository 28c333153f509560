package org.annals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table says what the settings are: every {@code annals.*}
 * setting of the metadata that the configuration processor writes from the
 * {@code *Properties} records is a row, every row is a setting, and a default written as
 * a literal ({@code `5s`}) is the record's.
 */
class ConfigurationDocsTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final String HEADER = "| property | default | what it does |";

	private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|");

	private static final Pattern LITERAL = Pattern.compile("^`([^`]*)`$");

	@Test
	void everySettingIsInTheReadmeAndEveryRowIsASetting() throws IOException {
		assertThat(readme().keySet()).as("settings in README.md's configuration table")
			.containsExactlyInAnyOrderElementsOf(metadata().keySet());
	}

	@Test
	void theReadmeGivesEachSettingsDefault() throws IOException {
		Map<String, String> metadata = metadata();
		Map<String, String> differences = new TreeMap<>();
		readme().forEach((name, cell) -> {
			if (!metadata.containsKey(name)) {
				return;
			}
			String recorded = metadata.get(name);
			Matcher literal = LITERAL.matcher(cell);
			String written = literal.matches() ? literal.group(1) : null;
			if ((recorded == null) ? written != null : !recorded.equals(written)) {
				differences.put(name, "README " + cell + ", record " + ((recorded != null) ? recorded : "none"));
			}
		});
		assertThat(differences).as("defaults that differ (a setting without one is described in words)").isEmpty();
	}

	/**
	 * The {@code annals.*} settings of the generated metadata and their defaults; a map
	 * ({@code annals.schedules}) is named by its prefix.
	 */
	private static Map<String, String> metadata() throws IOException {
		try (InputStream in = ConfigurationDocsTests.class.getClassLoader().getResourceAsStream(METADATA)) {
			assertThat(in).as(METADATA + " (spring-boot-configuration-processor)").isNotNull();
			JsonNode root = JsonMapper.builder().build().readTree(in);
			Map<String, String> settings = new TreeMap<>();
			for (JsonNode property : root.get("properties")) {
				String name = property.get("name").asString();
				if (name.startsWith("annals.")) {
					JsonNode value = property.get("defaultValue");
					settings.put(name, (value == null || value.isNull()) ? null
							: value.isString() ? value.asString() : value.toString());
				}
			}
			return settings;
		}
	}

	/**
	 * The rows of the README's configuration table: property (up to a {@code .<name>}
	 * placeholder of a map) and its default cell.
	 */
	private static Map<String, String> readme() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
		int header = lines.indexOf(HEADER);
		assertThat(header).as("README.md has a table headed " + HEADER).isNotNegative();
		Map<String, String> rows = new LinkedHashMap<>();
		List<String> repeated = new ArrayList<>();
		for (String line : lines.subList(header + 2, lines.size())) {
			if (!line.startsWith("|")) {
				break;
			}
			Matcher row = ROW.matcher(line);
			assertThat(row.find()).as("a row of the configuration table: " + line).isTrue();
			String name = row.group(1);
			int placeholder = name.indexOf(".<");
			name = (placeholder > 0) ? name.substring(0, placeholder) : name;
			if (rows.put(name, row.group(2).strip()) != null) {
				repeated.add(name);
			}
		}
		assertThat(repeated).as("settings listed twice").isEmpty();
		return rows;
	}

}
