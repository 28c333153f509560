package org.annals.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annals.scheduling.JobCatalogue;
import org.annals.support.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: the console, the snapshots and the audit pages name jobs, states and audit
 * types as people do, in Chinese first and English on request; every code they can show
 * has its name in both bundles, and a code without one is shown as it is.
 */
class LabelsTests {

	private final Labels labels = new Labels(bundles());

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void jobsAndStatesAreNamedInChineseFirstAndInEnglishOnRequest() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.labels.job("nightly")).isEqualTo("夜间作业");
		assertThat(this.labels.status("COMPLETED")).isEqualTo("已完成");
		assertThat(this.labels.auditType(AuditTrail.JOB_STOP)).isEqualTo("停止作业");
		assertThat(this.labels.outcome(null)).isEqualTo("尚未校验");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.labels.job("nightly")).isEqualTo("Nightly run");
		assertThat(this.labels.status("COMPLETED")).isEqualTo("Completed");
		assertThat(this.labels.outcome("failed")).isEqualTo("Failed verification");
	}

	@Test
	void aCodeWithoutANameIsShownAsItIs() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.labels.job("someNewJob")).isEqualTo("someNewJob");
		assertThat(this.labels.auditType("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
		assertThat(this.labels.status(null)).isEmpty();
	}

	@Test
	void everyJobStateAndAuditTypeThePagesShowHasANameInBothLanguages() {
		List<String> jobs = new ArrayList<>(JobCatalogue.FLOWS);
		JobCatalogue.JOBS.values().forEach(jobs::addAll);
		List<String> states = new ArrayList<>();
		for (BatchStatus status : BatchStatus.values()) {
			states.add(status.name());
		}
		for (Trigger.TriggerState state : Trigger.TriggerState.values()) {
			states.add(state.name());
		}
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			LocaleContextHolder.setLocale(locale);
			assertThat(jobs).allSatisfy((job) -> assertThat(this.labels.job(job)).as(job).isNotEqualTo(job));
			assertThat(states)
				.allSatisfy((state) -> assertThat(this.labels.status(state)).as(state).isNotEqualTo(state));
			assertThat(AuditPageController.TYPES)
				.allSatisfy((type) -> assertThat(this.labels.auditType(type)).as(type).isNotEqualTo(type));
		}
	}

}
