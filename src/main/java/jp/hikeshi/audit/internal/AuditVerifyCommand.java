package jp.hikeshi.audit.internal;

import jp.hikeshi.audit.AuditVerification;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hikeshi.jar audit-verify}: walks the audit chain without starting the web server, prints
 * the outcome and exits with 0 when the chain is intact, 1 when it is broken.
 */
@Component
@ConditionalOnProperty("hikeshi.audit.verify-and-exit")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditChain chain;
	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerification result = chain.verify();
		if (result.valid()) {
			System.out.println("audit chain valid: " + result.checkedEntries() + " entries / 監査ログのハッシュ連鎖は正常です");
		}
		else {
			System.out.println("audit chain BROKEN at entry seq=" + result.brokenSeq() + " (id " + result.brokenEntryId() + "): "
					+ result.reason() + " / 監査ログの改ざんまたは欠落を検出しました");
		}
		int code = result.valid() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
