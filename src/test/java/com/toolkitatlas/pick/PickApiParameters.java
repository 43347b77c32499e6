package com.toolkitatlas.pick;

import java.util.List;

import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.Option;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.web.method.HandlerMethod;

/**
 * Documents the query parameters of {@code /api/pick} from the guide itself: one per
 * question, named after it, with the answers it takes. The questions are catalogue data,
 * so the OpenAPI description follows a migration that changes them, as the form does: the
 * description the application serves is generated in the build
 * ({@code OpenApiDocumentTest}), which fails when a migration has changed the questions
 * and the checked-in copy has not followed.
 */
public class PickApiParameters implements OperationCustomizer {

	private final PickGuide guide;

	public PickApiParameters(PickGuide guide) {
		this.guide = guide;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (handlerMethod.getBeanType() != PickApiController.class) {
			return operation;
		}
		for (Question question : guide.questions()) {
			Schema<?> answer = new StringSchema()._enum(options(question));
			operation.addParametersItem(new Parameter().in("query")
				.name(question.slug())
				.required(false)
				.description(question.prompt() + " " + question.hint())
				.schema(question.multiple() ? new ArraySchema().items(answer) : answer));
		}
		return operation;
	}

	private List<String> options(Question question) {
		return question.source() == OptionSource.TOOLS ? guide.tools().stream().map(Tool::slug).toList()
				: question.options().stream().map(Option::slug).toList();
	}

}
