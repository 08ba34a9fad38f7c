/**
 * Templates out (docs/templates.md): the workbooks a coordinator sends to the nämnder, built from
 * the plans and values as imported. An utfall template per municipality, plan year and nämnd that
 * imports as it is once its {@code varde} cells are filled, and a handlingsplan template for the
 * next year pre-filled with this year's goals and indicators. Read through the action plan,
 * fulfilment and strategy features' services only; offers {@code cli} to the application.
 */
package se.maltavla.template;
