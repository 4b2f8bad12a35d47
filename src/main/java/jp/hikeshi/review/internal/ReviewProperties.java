package jp.hikeshi.review.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review module ({@code hikeshi.review.*}).
 *
 * @param requiredForClosing whether an incident stays open until its review is written
 */
@ConfigurationProperties("hikeshi.review")
record ReviewProperties(@DefaultValue("true") boolean requiredForClosing) {
}
