package org.annals.reference.internal;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.annals.reference.InvalidDescriptorException;
import org.annals.reference.JobsDirectory;

/**
 * Reads the YAML descriptors of {@code jobs/} into records, strictly: an unknown key is
 * an error, so a typo in a descriptor fails at start-up rather than being ignored.
 */
public final class Descriptors {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private Descriptors() {
	}

	public static <T> T read(JobsDirectory jobs, String relative, Class<T> type) {
		try (InputStream in = jobs.open(relative)) {
			return MAPPER.readValue(in, type);
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidDescriptorException(relative, ex);
		}
	}

}
