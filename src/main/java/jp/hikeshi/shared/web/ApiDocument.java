package jp.hikeshi.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Makes the OpenAPI document say what the server does: every API call needs the bearer
 * token (scheme {@value #BEARER}); success bodies are JSON; every error an operation can
 * give is an RFC 9457 problem document ({@code application/problem+json}, schema
 * {@value #PROBLEM}). Creating POSTs declare 201 with
 * {@code @ResponseStatus(HttpStatus.CREATED)} on the controller method.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	static final String BEARER = "bearer";
	static final String PROBLEM = "Problem";
	static final String FIELD_ERROR = "FieldError";

	/** Examples of the main request bodies, by path (POST). */
	private static final Map<String, String> EXAMPLES = Map.of("/api/v1/reports", """
			{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"鈴木 一郎","reporterContact":"内線 201",
			 "discovererName":"佐藤 花子","detectionPlace":"経理部 PC の画面","category":"MALWARE","channel":"PHONE",
			 "summary":"身代金要求の画面が出た","description":"朝出社したら画面に英語の要求文が表示されていた"}""", "/api/v1/incidents", """
			{"title":"経理部 PC のランサムウェア感染","category":"MALWARE","urgency":"HIGH","severity":"MODERATE",
			 "detectedAt":"2026-11-20T01:15:00Z"}""", "/api/v1/alerts", """
			{"source":"edr","sourceRef":"A-1029","title":"不審な通信","severity":"HIGH","occurredAt":"2026-11-20T01:00:00Z",
			 "observables":[{"type":"IP","value":"198.51.100.7"}],"raw":{"rule":"R-1"}}""",
			"/api/v1/incidents/{incidentId}/observables", """
					{"type":"DOMAIN","value":"c2.example","tlp":"AMBER","tags":"c2"}""",
			"/api/v1/incidents/{incidentId}/evidence", """
					{"kind":"LOGS","title":"ファイアウォールのログ","collectedBy":"保守ベンダー 佐藤","storageLocation":"金庫 A"}""");

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	@Bean
	GlobalOpenApiCustomizer problemResponsesAndBearer() {
		return ApiDocument::customise;
	}

	static void customise(OpenAPI api) {
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.setComponents(components);
		components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.description(
					"API token issued on the profile page or by POST /api/v1/tokens; send as Authorization: Bearer <token>"));
		api.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
		components.addSchemas(FIELD_ERROR, fieldError());
		components.addSchemas(PROBLEM, problem());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (path.startsWith("/api/")) {
				describe(path, method, operation);
				if (method == PathItem.HttpMethod.POST && EXAMPLES.containsKey(path)) {
					example(operation, EXAMPLES.get(path));
				}
			}
		}));
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		Map<String, ApiResponse> success = new LinkedHashMap<>();
		responses.forEach((code, response) -> {
			if (code.startsWith("2") || code.startsWith("3")) {
				success.put(code, json(response));
			}
		});
		if (success.isEmpty()) {
			success.put("200", new ApiResponse().description("OK"));
		}
		Content body = success.values()
			.stream()
			.map(ApiResponse::getContent)
			.filter(c -> c != null && !c.isEmpty())
			.findFirst()
			.orElse(null);
		success.forEach((code, response) -> {
			if (response.getContent() == null && body != null && !"204".equals(code)) {
				response.setContent(body);
			}
		});
		responses.clear();
		success.forEach(responses::addApiResponse);
		boolean hasBody = operation.getRequestBody() != null;
		boolean params = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (hasBody || params) {
			responses.addApiResponse("400", problem("Invalid input: errors[] names each faulty field "
					+ "(unknown properties and enum values, with the allowed values), or an unreadable body"));
		}
		responses.addApiResponse("401", problem("No valid bearer token"));
		responses.addApiResponse("403", problem("The caller's roles do not allow this"));
		if (path.contains("{")) {
			responses.addApiResponse("404", problem("No such record, or not visible to the caller"));
		}
		if (method != PathItem.HttpMethod.GET) {
			responses.addApiResponse("409",
					problem("Conflicts with the recorded state (stale version, contradicting value)"));
		}
		responses.addApiResponse("406", problem("The Accept header asks for a format the operation cannot give"));
		if (hasBody) {
			responses.addApiResponse("413",
					problem("The body exceeds the limit (1 MiB for JSON, the upload limit for files)"));
			responses.addApiResponse("415",
					problem("Content-Type not accepted; the Accept header of the answer lists those accepted"));
		}
		responses.addApiResponse("500", problem("Unexpected server failure (no details are given)"));
	}

	private static void example(Operation operation, String json) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		var media = operation.getRequestBody().getContent().get(MediaType.APPLICATION_JSON_VALUE);
		if (media != null) {
			media.setExample(JSON.readValue(json, Map.class));
		}
	}

	/**
	 * Success bodies are JSON, not the generic {@code *}{@code /*} springdoc writes
	 * without a declared type.
	 */
	private static ApiResponse json(ApiResponse response) {
		Content content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			var media = content.remove("*/*");
			content.addMediaType(MediaType.APPLICATION_JSON_VALUE, media);
		}
		return response;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new io.swagger.v3.oas.models.media.MediaType()
						.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("RFC 9457 problem details, in the caller's language (Accept-Language; Japanese by default)")
			.addProperty("type", new StringSchema().format("uri").example("https://hikeshi.jp/problems/invalid"))
			.addProperty("title", new StringSchema().example("入力内容に誤りがあります"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("1 件の項目に誤りがあります"))
			.addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/reports"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
						.description("Each faulty field, when fields are at fault"))
			.required(List.of("type", "title", "status"));
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema()
			.addProperty("field",
					new StringSchema().description("Path of the field, e.g. facts.scope or affectedPlaces[0].assetId")
						.example("channel"))
			.addProperty("message", new StringSchema().example("使える値ではありません。使える値: PHONE, EMAIL, …"))
			.addProperty("allowed",
					new ArraySchema().items(new StringSchema())
						.description("The allowed values (unknown enum values) or properties (unknown properties)"))
			.required(List.of("field", "message"));
	}

}
