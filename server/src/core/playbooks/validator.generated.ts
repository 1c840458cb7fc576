// Generated from schemas/agreement-lint-playbook.schema.json by scripts/gen-schemas.mjs. Do not edit by hand.
// @ts-nocheck
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://example.invalid/agreement-lint/schemas/agreement-lint-playbook.schema.json","title":"Agreement Lint playbook","description":"One team check written as data: a required provision, a wording to avoid, or a required front-matter field. See docs/playbooks.md.","type":"object","additionalProperties":false,"required":["kind","message"],"properties":{"name":{"description":"The playbook's name, kebab-case; its findings have the rule id playbook/<name>. Defaults to the file name without its extension.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80},"description":{"description":"One line saying what the playbook checks (shown as the rule's title in SARIF).","type":"string","minLength":1},"kind":{"description":"What the playbook checks.","enum":["required-provision","wording","required-field"]},"severity":{"description":"The severity of its findings (default warning); the rules setting can override it with the id playbook/<name>.","enum":["error","warning","information","hint"]},"message":{"description":"The finding's message, for the person reading the draft. {match} stands for the matched text (wording), {field} and {value} for the field and its value (required-field).","type":"string","minLength":1},"when":{"description":"When the playbook applies, read from the draft's front matter. Every condition given must hold; within one, any listed value is enough.","type":"object","additionalProperties":false,"properties":{"partner":{"description":"The front matter's partner is one of these (case and spacing aside).","$ref":"#/definitions/texts"},"party":{"description":"A party's name or short name is one of these (case and spacing aside).","$ref":"#/definitions/texts"},"data":{"description":"The front matter's data lists one of these categories (case aside).","$ref":"#/definitions/texts"},"classification":{"description":"The front matter's classification is at or above this level (UNCLASSIFIED < RESTRICTED < CONFIDENTIAL < SECRET < TOP SECRET).","enum":["UNCLASSIFIED","RESTRICTED","CONFIDENTIAL","SECRET","TOP SECRET"]}}},"require":{"description":"required-provision: what the draft must contain. With both keys, either is enough; the fix inserts the template.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"template":{"description":"A clause template id (built-in or the team's): some clause, or for an article template some article, must hold its text.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"pattern":{"description":"A pattern in RE2 syntax that some paragraph must match.","type":"string","minLength":1},"ignoreCase":{"description":"Match the pattern whatever the case (default true).","type":"boolean"}},"anyOf":[{"required":["template"]},{"required":["pattern"]}]},"wording":{"description":"wording: the wordings to report, each a pattern in RE2 syntax.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["pattern"],"properties":{"pattern":{"description":"A pattern in RE2 syntax.","type":"string","minLength":1},"ignoreCase":{"description":"Match whatever the case (default true).","type":"boolean"},"message":{"description":"The message for this wording, instead of the playbook's.","type":"string","minLength":1},"replacement":{"description":"Text to put in place of the match; $1 to $9 insert the pattern's groups, $$ a dollar sign.","type":"string"},"replacementKind":{"description":"suggestion (default): offered, applied only when chosen; fix: safe and mechanical, applied by --fix and Fix all.","enum":["suggestion","fix"]}}}},"field":{"description":"required-field: a dotted path into the front matter (for example handling, or review.owner).","type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"values":{"description":"required-field: the values allowed (case aside).","$ref":"#/definitions/texts"},"pattern":{"description":"required-field: a pattern in RE2 syntax the value must match.","type":"string","minLength":1},"ignoreCase":{"description":"required-field: match the pattern whatever the case (default true).","type":"boolean"},"placeholder":{"description":"required-field: the value the fix writes when the field is missing (a placeholder to fill in).","type":"string","minLength":1}},"allOf":[{"if":{"properties":{"kind":{"enum":["required-provision"]}},"required":["kind"]},"then":{"required":["require"],"properties":{"wording":false,"field":false,"values":false,"pattern":false,"ignoreCase":false,"placeholder":false}}},{"if":{"properties":{"kind":{"enum":["wording"]}},"required":["kind"]},"then":{"required":["wording"],"properties":{"require":false,"field":false,"values":false,"pattern":false,"ignoreCase":false,"placeholder":false}}},{"if":{"properties":{"kind":{"enum":["required-field"]}},"required":["kind"]},"then":{"required":["field"],"properties":{"require":false,"wording":false}}}],"definitions":{"texts":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}};
const schema12 = {"type":"array","minItems":1,"items":{"type":"string","minLength":1}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ((s) => [...s].length);
const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern2 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://example.invalid/agreement-lint/schemas/agreement-lint-playbook.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
if(!(data.kind === "required-provision")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.require === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'",schema:schema11.allOf[0].then.required,parentSchema:schema11.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.wording !== undefined){
const err3 = {instancePath:instancePath+"/wording",schemaPath:"#/allOf/0/then/properties/wording/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[0].then.properties.wording,data:data.wording};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.field !== undefined){
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/allOf/0/then/properties/field/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[0].then.properties.field,data:data.field};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.values !== undefined){
const err5 = {instancePath:instancePath+"/values",schemaPath:"#/allOf/0/then/properties/values/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[0].then.properties.values,data:data.values};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.pattern !== undefined){
const err6 = {instancePath:instancePath+"/pattern",schemaPath:"#/allOf/0/then/properties/pattern/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[0].then.properties.pattern,data:data.pattern};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.ignoreCase !== undefined){
const err7 = {instancePath:instancePath+"/ignoreCase",schemaPath:"#/allOf/0/then/properties/ignoreCase/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[0].then.properties.ignoreCase,data:data.ignoreCase};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.placeholder !== undefined){
const err8 = {instancePath:instancePath+"/placeholder",schemaPath:"#/allOf/0/then/properties/placeholder/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[0].then.properties.placeholder,data:data.placeholder};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[0].if,parentSchema:schema11.allOf[0],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs7 = errors;
let valid4 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.kind === undefined) && (missing1 = "kind")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data.kind !== undefined){
if(!(data.kind === "wording")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.wording === undefined){
const err12 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "wording"},message:"must have required property '"+"wording"+"'",schema:schema11.allOf[1].then.required,parentSchema:schema11.allOf[1].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.require !== undefined){
const err13 = {instancePath:instancePath+"/require",schemaPath:"#/allOf/1/then/properties/require/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[1].then.properties.require,data:data.require};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.field !== undefined){
const err14 = {instancePath:instancePath+"/field",schemaPath:"#/allOf/1/then/properties/field/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[1].then.properties.field,data:data.field};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.values !== undefined){
const err15 = {instancePath:instancePath+"/values",schemaPath:"#/allOf/1/then/properties/values/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[1].then.properties.values,data:data.values};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.pattern !== undefined){
const err16 = {instancePath:instancePath+"/pattern",schemaPath:"#/allOf/1/then/properties/pattern/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[1].then.properties.pattern,data:data.pattern};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.ignoreCase !== undefined){
const err17 = {instancePath:instancePath+"/ignoreCase",schemaPath:"#/allOf/1/then/properties/ignoreCase/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[1].then.properties.ignoreCase,data:data.ignoreCase};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.placeholder !== undefined){
const err18 = {instancePath:instancePath+"/placeholder",schemaPath:"#/allOf/1/then/properties/placeholder/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[1].then.properties.placeholder,data:data.placeholder};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid4 = _valid1;
}
if(!valid4){
const err19 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[1].if,parentSchema:schema11.allOf[1],data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs12 = errors;
let valid7 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.kind === undefined) && (missing2 = "kind")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.kind !== undefined){
if(!(data.kind === "required-field")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err22 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema11.allOf[2].then.required,parentSchema:schema11.allOf[2].then,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.require !== undefined){
const err23 = {instancePath:instancePath+"/require",schemaPath:"#/allOf/2/then/properties/require/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[2].then.properties.require,data:data.require};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.wording !== undefined){
const err24 = {instancePath:instancePath+"/wording",schemaPath:"#/allOf/2/then/properties/wording/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.allOf[2].then.properties.wording,data:data.wording};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
valid7 = _valid2;
}
if(!valid7){
const err25 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[2].if,parentSchema:schema11.allOf[2],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.message === undefined){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err28 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.name !== undefined){
let data17 = data.name;
if(typeof data17 === "string"){
if(func3(data17) > 80){
const err29 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema11.properties.name,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern0.test(data17)){
const err30 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema11.properties.name,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.description !== undefined){
let data18 = data.description;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err32 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.description,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.description.type,parentSchema:schema11.properties.description,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.kind !== undefined){
let data19 = data.kind;
if(!(((data19 === "required-provision") || (data19 === "wording")) || (data19 === "required-field"))){
const err34 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.kind.enum,parentSchema:schema11.properties.kind,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.severity !== undefined){
let data20 = data.severity;
if(!((((data20 === "error") || (data20 === "warning")) || (data20 === "information")) || (data20 === "hint"))){
const err35 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.severity.enum,parentSchema:schema11.properties.severity,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.message !== undefined){
let data21 = data.message;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err36 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.message,data:data21};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.message.type,parentSchema:schema11.properties.message,data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.when !== undefined){
let data22 = data.when;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key1 in data22){
if(!((((key1 === "partner") || (key1 === "party")) || (key1 === "data")) || (key1 === "classification"))){
const err38 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.when,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data22.partner !== undefined){
let data23 = data22.partner;
if(Array.isArray(data23)){
if(data23.length < 1){
const err39 = {instancePath:instancePath+"/when/partner",schemaPath:"#/definitions/texts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len0 = data23.length;
for(let i0=0; i0<len0; i0++){
let data24 = data23[i0];
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err40 = {instancePath:instancePath+"/when/partner/" + i0,schemaPath:"#/definitions/texts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data24};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/when/partner/" + i0,schemaPath:"#/definitions/texts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data24};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/when/partner",schemaPath:"#/definitions/texts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.type,parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data22.party !== undefined){
let data25 = data22.party;
if(Array.isArray(data25)){
if(data25.length < 1){
const err43 = {instancePath:instancePath+"/when/party",schemaPath:"#/definitions/texts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12,data:data25};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
let data26 = data25[i1];
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err44 = {instancePath:instancePath+"/when/party/" + i1,schemaPath:"#/definitions/texts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data26};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/when/party/" + i1,schemaPath:"#/definitions/texts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data26};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/when/party",schemaPath:"#/definitions/texts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.type,parentSchema:schema12,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data22.data !== undefined){
let data27 = data22.data;
if(Array.isArray(data27)){
if(data27.length < 1){
const err47 = {instancePath:instancePath+"/when/data",schemaPath:"#/definitions/texts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12,data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
let data28 = data27[i2];
if(typeof data28 === "string"){
if(func3(data28) < 1){
const err48 = {instancePath:instancePath+"/when/data/" + i2,schemaPath:"#/definitions/texts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data28};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/when/data/" + i2,schemaPath:"#/definitions/texts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data28};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/when/data",schemaPath:"#/definitions/texts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.type,parentSchema:schema12,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data22.classification !== undefined){
let data29 = data22.classification;
if(!(((((data29 === "UNCLASSIFIED") || (data29 === "RESTRICTED")) || (data29 === "CONFIDENTIAL")) || (data29 === "SECRET")) || (data29 === "TOP SECRET"))){
const err51 = {instancePath:instancePath+"/when/classification",schemaPath:"#/properties/when/properties/classification/enum",keyword:"enum",params:{allowedValues: schema11.properties.when.properties.classification.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.when.properties.classification.enum,parentSchema:schema11.properties.when.properties.classification,data:data29};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.when.type,parentSchema:schema11.properties.when,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.require !== undefined){
let data30 = data.require;
const _errs46 = errors;
let valid21 = false;
const _errs47 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.template === undefined){
const err53 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/anyOf/0/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema11.properties.require.anyOf[0].required,parentSchema:schema11.properties.require.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var _valid3 = _errs47 === errors;
valid21 = valid21 || _valid3;
if(!valid21){
const _errs48 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.pattern === undefined){
const err54 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/anyOf/1/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema11.properties.require.anyOf[1].required,parentSchema:schema11.properties.require.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid3 = _errs48 === errors;
valid21 = valid21 || _valid3;
}
if(!valid21){
const err55 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.require.anyOf,parentSchema:schema11.properties.require,data:data30};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(Object.keys(data30).length < 1){
const err56 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.require,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key2 in data30){
if(!(((key2 === "template") || (key2 === "pattern")) || (key2 === "ignoreCase"))){
const err57 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.require,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.template !== undefined){
let data31 = data30.template;
if(typeof data31 === "string"){
if(!pattern0.test(data31)){
const err58 = {instancePath:instancePath+"/require/template",schemaPath:"#/properties/require/properties/template/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema11.properties.require.properties.template,data:data31};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/require/template",schemaPath:"#/properties/require/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.require.properties.template.type,parentSchema:schema11.properties.require.properties.template,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data30.pattern !== undefined){
let data32 = data30.pattern;
if(typeof data32 === "string"){
if(func3(data32) < 1){
const err60 = {instancePath:instancePath+"/require/pattern",schemaPath:"#/properties/require/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.require.properties.pattern,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/require/pattern",schemaPath:"#/properties/require/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.require.properties.pattern.type,parentSchema:schema11.properties.require.properties.pattern,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data30.ignoreCase !== undefined){
let data33 = data30.ignoreCase;
if(typeof data33 !== "boolean"){
const err62 = {instancePath:instancePath+"/require/ignoreCase",schemaPath:"#/properties/require/properties/ignoreCase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.require.properties.ignoreCase.type,parentSchema:schema11.properties.require.properties.ignoreCase,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.require.type,parentSchema:schema11.properties.require,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.wording !== undefined){
let data34 = data.wording;
if(Array.isArray(data34)){
if(data34.length < 1){
const err64 = {instancePath:instancePath+"/wording",schemaPath:"#/properties/wording/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.wording,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len3 = data34.length;
for(let i3=0; i3<len3; i3++){
let data35 = data34[i3];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.pattern === undefined){
const err65 = {instancePath:instancePath+"/wording/" + i3,schemaPath:"#/properties/wording/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema11.properties.wording.items.required,parentSchema:schema11.properties.wording.items,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key3 in data35){
if(!(((((key3 === "pattern") || (key3 === "ignoreCase")) || (key3 === "message")) || (key3 === "replacement")) || (key3 === "replacementKind"))){
const err66 = {instancePath:instancePath+"/wording/" + i3,schemaPath:"#/properties/wording/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.wording.items,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data35.pattern !== undefined){
let data36 = data35.pattern;
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err67 = {instancePath:instancePath+"/wording/" + i3+"/pattern",schemaPath:"#/properties/wording/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.wording.items.properties.pattern,data:data36};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/wording/" + i3+"/pattern",schemaPath:"#/properties/wording/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.wording.items.properties.pattern.type,parentSchema:schema11.properties.wording.items.properties.pattern,data:data36};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data35.ignoreCase !== undefined){
let data37 = data35.ignoreCase;
if(typeof data37 !== "boolean"){
const err69 = {instancePath:instancePath+"/wording/" + i3+"/ignoreCase",schemaPath:"#/properties/wording/items/properties/ignoreCase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.wording.items.properties.ignoreCase.type,parentSchema:schema11.properties.wording.items.properties.ignoreCase,data:data37};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data35.message !== undefined){
let data38 = data35.message;
if(typeof data38 === "string"){
if(func3(data38) < 1){
const err70 = {instancePath:instancePath+"/wording/" + i3+"/message",schemaPath:"#/properties/wording/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.wording.items.properties.message,data:data38};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/wording/" + i3+"/message",schemaPath:"#/properties/wording/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.wording.items.properties.message.type,parentSchema:schema11.properties.wording.items.properties.message,data:data38};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data35.replacement !== undefined){
let data39 = data35.replacement;
if(typeof data39 !== "string"){
const err72 = {instancePath:instancePath+"/wording/" + i3+"/replacement",schemaPath:"#/properties/wording/items/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.wording.items.properties.replacement.type,parentSchema:schema11.properties.wording.items.properties.replacement,data:data39};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data35.replacementKind !== undefined){
let data40 = data35.replacementKind;
if(!((data40 === "suggestion") || (data40 === "fix"))){
const err73 = {instancePath:instancePath+"/wording/" + i3+"/replacementKind",schemaPath:"#/properties/wording/items/properties/replacementKind/enum",keyword:"enum",params:{allowedValues: schema11.properties.wording.items.properties.replacementKind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.wording.items.properties.replacementKind.enum,parentSchema:schema11.properties.wording.items.properties.replacementKind,data:data40};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/wording/" + i3,schemaPath:"#/properties/wording/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.wording.items.type,parentSchema:schema11.properties.wording.items,data:data35};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/wording",schemaPath:"#/properties/wording/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.wording.type,parentSchema:schema11.properties.wording,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.field !== undefined){
let data41 = data.field;
if(typeof data41 === "string"){
if(!pattern2.test(data41)){
const err76 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema11.properties.field,data:data41};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.field.type,parentSchema:schema11.properties.field,data:data41};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.values !== undefined){
let data42 = data.values;
if(Array.isArray(data42)){
if(data42.length < 1){
const err78 = {instancePath:instancePath+"/values",schemaPath:"#/definitions/texts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12,data:data42};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len4 = data42.length;
for(let i4=0; i4<len4; i4++){
let data43 = data42[i4];
if(typeof data43 === "string"){
if(func3(data43) < 1){
const err79 = {instancePath:instancePath+"/values/" + i4,schemaPath:"#/definitions/texts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data43};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/values/" + i4,schemaPath:"#/definitions/texts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data43};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/values",schemaPath:"#/definitions/texts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.type,parentSchema:schema12,data:data42};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.pattern !== undefined){
let data44 = data.pattern;
if(typeof data44 === "string"){
if(func3(data44) < 1){
const err82 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pattern,data:data44};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pattern.type,parentSchema:schema11.properties.pattern,data:data44};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.ignoreCase !== undefined){
let data45 = data.ignoreCase;
if(typeof data45 !== "boolean"){
const err84 = {instancePath:instancePath+"/ignoreCase",schemaPath:"#/properties/ignoreCase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ignoreCase.type,parentSchema:schema11.properties.ignoreCase,data:data45};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.placeholder !== undefined){
let data46 = data.placeholder;
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err85 = {instancePath:instancePath+"/placeholder",schemaPath:"#/properties/placeholder/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.placeholder,data:data46};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/placeholder",schemaPath:"#/properties/placeholder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.placeholder.type,parentSchema:schema11.properties.placeholder,data:data46};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

