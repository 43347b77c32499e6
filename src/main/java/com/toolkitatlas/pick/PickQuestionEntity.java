package com.toolkitatlas.pick;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question of the how-to-pick guide; its slug is the query parameter that carries the
 * answer.
 */
@Entity
@Table(name = "pick_question")
class PickQuestionEntity {

	@Id
	private String slug;

	private int position;

	private String prompt;

	private String hint;

	private boolean multiple;

	@Column(name = "options_from")
	private String optionsFrom;

	@Column(name = "answer_prefix")
	private String answerPrefix;

	protected PickQuestionEntity() {
	}

	public String getSlug() {
		return slug;
	}

	public int getPosition() {
		return position;
	}

	public String getPrompt() {
		return prompt;
	}

	public String getHint() {
		return hint;
	}

	public boolean isMultiple() {
		return multiple;
	}

	public String getOptionsFrom() {
		return optionsFrom;
	}

	public String getAnswerPrefix() {
		return answerPrefix;
	}

}
