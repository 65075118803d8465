package io.hearth.edge;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearth.platform.ApiException;
import io.hearth.platform.BindingMessages;
import io.hearth.platform.Texts;
import io.hearth.platform.TypedBodies;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link Texts}' rule to every string of every request body a controller binds,
 * and answers one 422 naming each field that breaks it. Only request bodies: JSON the
 * application stored (audit changes, job payloads) is read as it is.
 */
@ControllerAdvice
class TextRuleAdvice extends RequestBodyAdviceAdapter {

	private static final int MAX_DEPTH = 16;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		check(body, "", errors, 0);
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return body;
	}

	private static void check(@Nullable Object value, String path, Map<String, List<String>> errors, int depth) {
		if (value == null || depth > MAX_DEPTH || errors.size() >= TypedBodies.MAX_ERRORS) {
			return;
		}
		switch (value) {
			case String text -> {
				String problem = Texts.problem(text);
				if (problem != null) {
					errors.computeIfAbsent(path.isEmpty() ? "_" : path, (k) -> new ArrayList<>()).add(problem);
				}
			}
			case JsonNode node -> checkTree(node, path, errors, depth);
			case Record record -> {
				for (RecordComponent component : record.getClass().getRecordComponents()) {
					// request records are package-private in their modules
					java.lang.reflect.Method accessor = component.getAccessor();
					ReflectionUtils.makeAccessible(accessor);
					check(ReflectionUtils.invokeMethod(accessor, record), join(path, component.getName()), errors,
							depth + 1);
				}
			}
			case Collection<?> items -> {
				int i = 0;
				for (Object item : items) {
					check(item, path + "[" + i++ + "]", errors, depth + 1);
				}
			}
			case Map<?, ?> map -> map.forEach((key, item) -> {
				check(key, path, errors, depth + 1);
				check(item, raw(path, String.valueOf(key)), errors, depth + 1);
			});
			default -> {
			}
		}
	}

	private static void checkTree(JsonNode node, String path, Map<String, List<String>> errors, int depth) {
		if (node.isString()) {
			check(node.asString(), path, errors, depth);
		}
		else if (node.isObject()) {
			for (String name : node.propertyNames()) {
				check(name, path, errors, depth + 1);
				check(node.get(name), raw(path, name), errors, depth + 1);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), path + "[" + i + "]", errors, depth + 1);
			}
		}
	}

	/** A key as the client wrote it (map keys, JSON trees). */
	private static String raw(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	/** A record component, in the API's snake_case. */
	private static String join(String path, String name) {
		String field = BindingMessages.snakeCase(name);
		return path.isEmpty() ? field : path + "." + field;
	}

}
