// Progressive enhancement of the resident survey form; the form works fully without it.
// Shows the points left as the resident types (announced politely to screen readers) and adds
// -/+ steppers that never let the total exceed the budget.
(function () {
  "use strict";
  var form = document.querySelector("form[data-budget]");
  if (!form) return;
  document.documentElement.classList.add("mienskip-js");
  var budget = parseInt(form.getAttribute("data-budget"), 10);
  var output = document.getElementById("points-left");
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input[data-points]"));
  var texts = JSON.parse(form.getAttribute("data-texts"));

  function value(input) {
    var n = parseInt(input.value, 10);
    return /^\s*\d+\s*$/.test(input.value) && n >= 0 ? n : 0;
  }
  function total() {
    return inputs.reduce(function (sum, input) { return sum + value(input); }, 0);
  }
  function update() {
    var left = budget - total();
    output.textContent = left >= 0 ? texts.left.replace("{n}", left) : texts.over.replace("{n}", -left);
  }
  inputs.forEach(function (input) {
    input.addEventListener("input", update);
    var stepper = input.parentNode.querySelector(".mienskip-stepper");
    if (!stepper) return;
    stepper.querySelectorAll("button").forEach(function (button) {
      button.addEventListener("click", function () {
        var step = parseInt(button.getAttribute("data-step"), 10);
        var next = value(input) + step;
        var room = budget - (total() - value(input));
        input.value = String(Math.max(0, Math.min(next, room)));
        update();
      });
    });
  });
  update();
})();
