package jp.hikeshi.evidence.internal;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the evidence file store ({@code hikeshi.evidence.*}).
 *
 * @param store the directory of the content-addressed store (created on the first upload)
 * @param maxBytes the largest evidence file in bytes; application.properties gives it,
 * because the multipart limit ({@code spring.servlet.multipart.max-file-size}) refers to
 * it there
 */
@ConfigurationProperties("hikeshi.evidence")
@Validated
record EvidenceProperties(@DefaultValue("./data/evidence") @NotNull Path store, @NotNull @Positive Long maxBytes) {
}
