package org.legalkiosk.kiosk.ui.explainers;

/** A cited article as a chip shows it: "民法典 第一千一百二十七条" / "Civil Code Art. 1127". */
public record ArticleChip(String lawId, int number, String label) {}
