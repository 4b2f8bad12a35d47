package jp.hikeshi.shared.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the API reads is exact: a property the target record does not have (a misspelt
 * {@code facts.scope}) is refused with 400 naming it, instead of being dropped. Only the
 * server's HTTP converter is stricter; the application's own {@link JsonMapper} (stored
 * events, audit) keeps its defaults.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

	@Bean
	@Order(10)
	ServerHttpMessageConvertersCustomizer strictJsonRequests(JsonMapper jsonMapper) {
		JsonMapper strict = jsonMapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
	}

}
