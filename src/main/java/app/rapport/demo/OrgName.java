package app.rapport.demo;

/**
 * An organisation's name as written, and the ASCII label its web and mail domain is built from
 * ("Сибтранс" → "sibtrans").
 */
record OrgName(String name, String label) {
}
