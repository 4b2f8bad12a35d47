package jp.hikeshi.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs tools/verify_audit_chain.py, the auditor's script, on an export: "exit-status
 * message".
 */
public final class PythonVerifier {

	private PythonVerifier() {
	}

	public static String check(Path export) throws IOException, InterruptedException {
		Process python = new ProcessBuilder("python3", "tools/verify_audit_chain.py", export.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (!python.waitFor(30, TimeUnit.SECONDS)) {
			python.destroyForcibly();
			throw new IllegalStateException("the verifier did not finish: " + output);
		}
		return python.exitValue() + " " + output;
	}

}
