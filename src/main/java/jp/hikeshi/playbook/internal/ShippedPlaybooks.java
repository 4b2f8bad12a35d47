package jp.hikeshi.playbook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The playbooks Hikeshi ships as classpath resources under {@code playbooks/}. */
public final class ShippedPlaybooks {

	public static final String LOCATION = "classpath*:playbooks/*.yaml";

	private ShippedPlaybooks() {
	}

	/** Each shipped document's text, by file name. */
	public static List<String> texts() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<String> texts = new ArrayList<>();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the shipped playbooks", ex);
		}
	}

}
