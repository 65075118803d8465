package io.hearth.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An analysis as a file: JSON (the API's view), Markdown, a print-styled XHTML page
 * (right to left for Arabic) and a PDF made from that page by openhtmltopdf, with ICU's
 * bidi and Arabic shaping and the bundled Noto fonts (OFL; {@code resources/fonts}). Each
 * tab is laid out from its JSON: objects as headed sections, lists as lists.
 */
@Component
class AnalysisExport {

	/** Each script's face first; a glyph one lacks is taken from the other. */
	private static final String LTR_FONTS = "'Noto Sans', 'Noto Naskh Arabic'";

	private static final String RTL_FONTS = "'Noto Naskh Arabic', 'Noto Sans'";

	private final JsonMapper json;

	AnalysisExport(JsonMapper json) {
		this.json = json;
	}

	byte[] json(PlanningViews.AnalysisView analysis) {
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(analysis);
	}

	String markdown(PlanningViews.AnalysisView analysis) {
		ReportLabels labels = ReportLabels.of(analysis.language());
		StringBuilder md = new StringBuilder("# ").append(line(analysis.title())).append("\n\n");
		md.append(analysis.idea().strip()).append("\n\n");
		md.append("- ").append(labels.get("_industry")).append(": ").append(line(analysis.industry())).append('\n');
		md.append("- ")
			.append(labels.get("_target_market"))
			.append(": ")
			.append(line(analysis.targetMarket()))
			.append('\n');
		md.append("- ").append(labels.get("_country")).append(": ").append(analysis.country());
		if (analysis.city() != null) {
			md.append(", ").append(line(analysis.city()));
		}
		md.append("\n- ").append(labels.get("_tier")).append(": ").append(analysis.tier()).append("\n\n");
		for (PlanningViews.TabView tab : analysis.tabs()) {
			md.append("## ").append(labels.get(tab.tab())).append("\n\n");
			if (tab.content() instanceof JsonNode content) {
				markdown(content, md, 3, labels);
			}
			else {
				md.append("_").append(tab.status()).append("_\n\n");
			}
		}
		return md.toString();
	}

	private void markdown(JsonNode node, StringBuilder md, int level, ReportLabels labels) {
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode value = field.getValue();
			if (value.isObject()) {
				md.append("#".repeat(Math.min(level, 6))).append(' ').append(labels.get(field.getKey())).append("\n\n");
				markdown(value, md, level + 1, labels);
			}
			else if (value.isArray()) {
				md.append("**").append(labels.get(field.getKey())).append("**\n\n");
				for (JsonNode element : value) {
					md.append("- ")
						.append(element.isValueNode() ? line(element.asString()) : inline(element, labels))
						.append('\n');
				}
				md.append('\n');
			}
			else {
				md.append("**")
					.append(labels.get(field.getKey()))
					.append(":** ")
					.append(line(value.asString()))
					.append("\n\n");
			}
		}
	}

	/** An object in a list, on one line: its fields as {@code label: value}. */
	private String inline(JsonNode element, ReportLabels labels) {
		StringBuilder text = new StringBuilder();
		for (Iterator<Map.Entry<String, JsonNode>> fields = element.properties().iterator(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (!text.isEmpty()) {
				text.append("; ");
			}
			JsonNode value = field.getValue();
			text.append(labels.get(field.getKey())).append(": ");
			text.append(value.isValueNode() ? line(value.asString())
					: value.isArray() ? joined(value, labels) : inline(value, labels));
		}
		return text.toString();
	}

	private String joined(JsonNode array, ReportLabels labels) {
		StringBuilder text = new StringBuilder();
		for (JsonNode element : array) {
			text.append(text.isEmpty() ? "" : ", ")
				.append(element.isValueNode() ? line(element.asString()) : inline(element, labels));
		}
		return text.toString();
	}

	/** A print page, well-formed XHTML so that the PDF renderer can read it too. */
	String html(PlanningViews.AnalysisView analysis) {
		ReportLabels labels = ReportLabels.of(analysis.language());
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(analysis.language())
			.append("\" dir=\"")
			.append(analysis.direction())
			.append("\"><head><meta charset=\"utf-8\"/><title>")
			.append(escape(analysis.title()))
			.append("</title><style>")
			.append("@page { size: A4; margin: 18mm; } body { font-family: ")
			.append(analysis.direction().equals("rtl") ? RTL_FONTS : LTR_FONTS)
			.append("; font-size: 11pt; line-height: 1.45; color: #1d1d1f; }")
			.append(" h1 { font-size: 20pt; } h2 { font-size: 15pt; border-bottom: 1px solid #999; padding-bottom: 2pt;")
			.append(" page-break-after: avoid; } h3, h4 { font-size: 12pt; } .meta { color: #555; }")
			.append(" .entry { margin: 4pt 0; } .note { font-size: 9pt; color: #555; }")
			.append("</style></head><body>");
		html.append("<h1>").append(escape(analysis.title())).append("</h1>");
		html.append("<p>").append(escape(analysis.idea())).append("</p>");
		html.append("<p class=\"meta\">").append(escape(analysis.industry())).append(" · ");
		html.append(escape(analysis.targetMarket())).append(" · ").append(escape(analysis.country()));
		if (analysis.city() != null) {
			html.append(", ").append(escape(analysis.city()));
		}
		html.append("</p>");
		for (PlanningViews.TabView tab : analysis.tabs()) {
			html.append("<h2>").append(escape(labels.get(tab.tab()))).append("</h2>");
			if (tab.content() instanceof JsonNode content) {
				html(content, html, 3, labels);
			}
			else {
				html.append("<p class=\"meta\">").append(escape(tab.status())).append("</p>");
			}
		}
		html.append("<p class=\"note\">").append(escape(labels.get("_estimates"))).append("</p>");
		return html.append("</body></html>").toString();
	}

	/** One tab's content as an HTML fragment, every text escaped. */
	String section(JsonNode content, String language) {
		StringBuilder html = new StringBuilder();
		html(content, html, 3, ReportLabels.of(language));
		return html.toString();
	}

	private void html(JsonNode node, StringBuilder html, int level, ReportLabels labels) {
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode value = field.getValue();
			String heading = "h" + Math.min(level, 6);
			if (value.isObject()) {
				html.append('<').append(heading).append('>').append(escape(labels.get(field.getKey())));
				html.append("</").append(heading).append('>');
				html(value, html, level + 1, labels);
			}
			else if (value.isArray()) {
				html.append("<p><strong>").append(escape(labels.get(field.getKey()))).append("</strong></p><ul>");
				for (JsonNode element : value) {
					html.append("<li>")
						.append(escape(element.isValueNode() ? element.asString() : inline(element, labels)));
					html.append("</li>");
				}
				html.append("</ul>");
			}
			else {
				html.append("<p class=\"entry\"><strong>")
					.append(escape(labels.get(field.getKey())))
					.append(":</strong> ");
				html.append(escape(value.asString())).append("</p>");
			}
		}
	}

	byte[] pdf(PlanningViews.AnalysisView analysis) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/NotoSans-Regular.ttf"), "Noto Sans");
			builder.useFont(() -> font("fonts/NotoNaskhArabic-Regular.ttf"), "Noto Naskh Arabic");
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(analysis.direction().equals("rtl") ? BaseRendererBuilder.TextDirection.RTL
					: BaseRendererBuilder.TextDirection.LTR);
			builder.withHtmlContent(html(analysis), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static java.io.InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text on one Markdown line: line breaks would end the list item. */
	private static String line(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ").strip();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
