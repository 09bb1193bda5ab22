/**
 * Guided interviews that fill in documents a villager takes to an office: the questions, the elements each answer
 * fills and the legal basis of each, as content ({@code forms/<id>.yaml}, read by {@link
 * org.legalkiosk.content.forms.FormLoader}); one villager's walk through them ({@link
 * org.legalkiosk.content.forms.FormInterview}); and the filled-in form ready to be laid out ({@link
 * org.legalkiosk.content.forms.FilledForm}). No JavaFX, no PDF, no devices.
 */
package org.legalkiosk.content.forms;
