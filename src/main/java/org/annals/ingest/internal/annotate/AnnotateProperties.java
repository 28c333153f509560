package org.annals.ingest.internal.annotate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the annotated workbook (退回批注), bound to {@code annals.annotate}.
 *
 * @param maxBytes the largest xlsx (its parts unpacked) or xls whose cells are marked in
 * place, which needs the whole workbook in memory; a larger one comes back with the
 * {@code 说明} sheet only, listing every problem with its sheet and cell (a CSV is streamed
 * and always marked)
 */
@ConfigurationProperties("annals.annotate")
public record AnnotateProperties(@DefaultValue("32MB") DataSize maxBytes) {

}
