package org.annals.chronicle.internal;

import java.time.LocalDate;
import java.util.List;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.DatePrecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's text as a yearbook's 大事记 prints it (issue 24).
 */
class YearbookTextTests {

	@Test
	void aTitleGetsItsFullStopOnlyWhenItHasNoEndingPunctuation() {
		assertThat(YearbookText.sentence("召开全省会议")).isEqualTo("召开全省会议。");
		assertThat(YearbookText.sentence(" 召开全省会议\u3000")).isEqualTo("召开全省会议。");
		assertThat(YearbookText.sentence("召开全省会议。")).isEqualTo("召开全省会议。");
		assertThat(YearbookText.sentence("发生6.1级地震！")).isEqualTo("发生6.1级地震！");
		assertThat(YearbookText.sentence("印发《通知》")).isEqualTo("印发《通知》。");
		assertThat(YearbookText.sentence("会议强调“要落实责任。”")).isEqualTo("会议强调“要落实责任。”");
		assertThat(YearbookText.sentence("会议部署以下工作：")).isEqualTo("会议部署以下工作。");
		assertThat(YearbookText.sentence("Meeting held.")).isEqualTo("Meeting held.");
	}

	@Test
	void theContentFollowsTheTitlesSentenceAndThePlaceLeads() {
		ChronicleEntry entry = new ChronicleEntry(LocalDate.of(2022, 6, 8), LocalDate.of(2022, 6, 9), DatePrecision.DAY,
				"6月8日至9日", List.of("雅安市地方志办公室"), "举办全市地方志成果评审会", " 评审各县（区）地方志编纂成果。", List.of("a.csv"), List.of());
		assertThat(YearbookText.of(entry, "雅安市")).isEqualTo("雅安市举办全市地方志成果评审会。评审各县（区）地方志编纂成果。");
		assertThat(YearbookText.of(entry, null)).isEqualTo("举办全市地方志成果评审会。评审各县（区）地方志编纂成果。");
	}

}
