/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $String = $util.global.String, $isFinite = $util.global.isFinite, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["supercloud-replication"] || ($protobuf.roots["supercloud-replication"] = {});

export const supercloud = $root.supercloud = (() => {

    /**
     * Namespace supercloud.
     * @exports supercloud
     * @namespace
     */
    const supercloud = {};

    supercloud.replication = (function() {

        /**
         * Namespace replication.
         * @memberof supercloud
         * @namespace
         */
        const replication = {};

        replication.Open = (function() {

            /**
             * Properties of an Open.
             * @typedef {Object} supercloud.replication.Open.$Properties
             * @property {supercloud.vm.VmRecord.$Properties|null} [record] Open record
             * @property {supercloud.vm.SignedHandoff.$Properties|null} [grant] Open grant
             * @property {number|null} [vgaMemoryBytes] Open vgaMemoryBytes
             * @property {boolean|null} [acpi] Open acpi
             * @property {number|null} [intervalMs] Open intervalMs
             * @property {number|null} [leaseMs] Open leaseMs
             * @property {number|null} [format] Open format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Open.
             * @memberof supercloud.replication
             * @interface IOpen
             * @augments supercloud.replication.Open.$Properties
             * @deprecated Use supercloud.replication.Open.$Properties instead.
             */

            /**
             * Shape of an Open.
             * @typedef {supercloud.replication.Open.$Properties} supercloud.replication.Open.$Shape
             */

            /**
             * Constructs a new Open.
             * @memberof supercloud.replication
             * @classdesc Represents an Open.
             * @constructor
             * @param {supercloud.replication.Open.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Open = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Open record.
             * @member {supercloud.vm.VmRecord.$Properties|null|undefined} record
             * @memberof supercloud.replication.Open
             * @instance
             */
            Open.prototype.record = null;

            /**
             * Open grant.
             * @member {supercloud.vm.SignedHandoff.$Properties|null|undefined} grant
             * @memberof supercloud.replication.Open
             * @instance
             */
            Open.prototype.grant = null;

            /**
             * Open vgaMemoryBytes.
             * @member {number} vgaMemoryBytes
             * @memberof supercloud.replication.Open
             * @instance
             */
            Open.prototype.vgaMemoryBytes = 0;

            /**
             * Open acpi.
             * @member {boolean} acpi
             * @memberof supercloud.replication.Open
             * @instance
             */
            Open.prototype.acpi = false;

            /**
             * Open intervalMs.
             * @member {number} intervalMs
             * @memberof supercloud.replication.Open
             * @instance
             */
            Open.prototype.intervalMs = 0;

            /**
             * Open leaseMs.
             * @member {number} leaseMs
             * @memberof supercloud.replication.Open
             * @instance
             */
            Open.prototype.leaseMs = 0;

            /**
             * Open format.
             * @member {number} format
             * @memberof supercloud.replication.Open
             * @instance
             */
            Open.prototype.format = 0;

            /**
             * Creates a new Open instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.Open
             * @static
             * @param {supercloud.replication.Open.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.Open} Open instance
             * @type {{
             *   (properties: supercloud.replication.Open.$Shape): supercloud.replication.Open & supercloud.replication.Open.$Shape;
             *   (properties?: supercloud.replication.Open.$Properties): supercloud.replication.Open;
             * }}
             */
            Open.create = function(properties) {
                return new Open(properties);
            };

            /**
             * Encodes the specified Open message. Does not implicitly {@link supercloud.replication.Open.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.Open
             * @static
             * @param {supercloud.replication.Open.$Properties} m Open message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Open.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.record != null && $Object.hasOwnProperty.call(m, "record"))
                    $root.supercloud.vm.VmRecord.encode(m.record, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.grant != null && $Object.hasOwnProperty.call(m, "grant"))
                    $root.supercloud.vm.SignedHandoff.encode(m.grant, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.vgaMemoryBytes != null && $Object.hasOwnProperty.call(m, "vgaMemoryBytes") && m.vgaMemoryBytes !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.vgaMemoryBytes);
                if (m.acpi != null && $Object.hasOwnProperty.call(m, "acpi") && m.acpi !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.acpi);
                if (m.intervalMs != null && $Object.hasOwnProperty.call(m, "intervalMs") && m.intervalMs !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.intervalMs);
                if (m.leaseMs != null && $Object.hasOwnProperty.call(m, "leaseMs") && m.leaseMs !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.leaseMs);
                if (m.format != null && $Object.hasOwnProperty.call(m, "format") && m.format !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.format);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Open message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.Open
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.Open & supercloud.replication.Open.$Shape} Open
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Open.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.Open();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.record = $root.supercloud.vm.VmRecord.decode(r, r.size(), $undefined, q + 1, m.record);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.grant = $root.supercloud.vm.SignedHandoff.decode(r, r.size(), $undefined, q + 1, m.grant);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vgaMemoryBytes = v;
                            else
                                delete m.vgaMemoryBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.acpi = v;
                            else
                                delete m.acpi;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.intervalMs = v;
                            else
                                delete m.intervalMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.leaseMs = v;
                            else
                                delete m.leaseMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.format = v;
                            else
                                delete m.format;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Open message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.Open
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.Open} Open
             */
            Open.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.Open)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.Open: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.Open();
                if (d.record != null) {
                    if (!$util.isObject(d.record))
                        throw $TypeError(".supercloud.replication.Open.record: object expected");
                    m.record = $root.supercloud.vm.VmRecord.fromObject(d.record, q + 1);
                }
                if (d.grant != null) {
                    if (!$util.isObject(d.grant))
                        throw $TypeError(".supercloud.replication.Open.grant: object expected");
                    m.grant = $root.supercloud.vm.SignedHandoff.fromObject(d.grant, q + 1);
                }
                if (d.vgaMemoryBytes != null) {
                    if ($Number(d.vgaMemoryBytes) !== 0) {
                        m.vgaMemoryBytes = d.vgaMemoryBytes >>> 0;
                    }
                }
                if (d.acpi != null) {
                    if (d.acpi) {
                        m.acpi = $Boolean(d.acpi);
                    }
                }
                if (d.intervalMs != null) {
                    if ($Number(d.intervalMs) !== 0) {
                        m.intervalMs = d.intervalMs >>> 0;
                    }
                }
                if (d.leaseMs != null) {
                    if ($Number(d.leaseMs) !== 0) {
                        m.leaseMs = d.leaseMs >>> 0;
                    }
                }
                if (d.format != null) {
                    if ($Number(d.format) !== 0) {
                        m.format = d.format >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Open message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.Open
             * @static
             * @param {supercloud.replication.Open} m Open
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Open.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.record = null;
                    d.grant = null;
                    d.vgaMemoryBytes = 0;
                    d.acpi = false;
                    d.intervalMs = 0;
                    d.leaseMs = 0;
                    d.format = 0;
                }
                if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                    d.record = $root.supercloud.vm.VmRecord.toObject(m.record, o, q + 1);
                }
                if (m.grant != null && $Object.hasOwnProperty.call(m, "grant")) {
                    d.grant = $root.supercloud.vm.SignedHandoff.toObject(m.grant, o, q + 1);
                }
                if (m.vgaMemoryBytes != null && $Object.hasOwnProperty.call(m, "vgaMemoryBytes")) {
                    d.vgaMemoryBytes = m.vgaMemoryBytes;
                }
                if (m.acpi != null && $Object.hasOwnProperty.call(m, "acpi")) {
                    d.acpi = m.acpi;
                }
                if (m.intervalMs != null && $Object.hasOwnProperty.call(m, "intervalMs")) {
                    d.intervalMs = m.intervalMs;
                }
                if (m.leaseMs != null && $Object.hasOwnProperty.call(m, "leaseMs")) {
                    d.leaseMs = m.leaseMs;
                }
                if (m.format != null && $Object.hasOwnProperty.call(m, "format")) {
                    d.format = m.format;
                }
                return d;
            };

            /**
             * Converts this Open to JSON.
             * @function toJSON
             * @memberof supercloud.replication.Open
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Open.prototype.toJSON = function() {
                return Open.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Open;
        })();

        replication.Accept = (function() {

            /**
             * Properties of an Accept.
             * @typedef {Object} supercloud.replication.Accept.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accept.
             * @memberof supercloud.replication
             * @interface IAccept
             * @augments supercloud.replication.Accept.$Properties
             * @deprecated Use supercloud.replication.Accept.$Properties instead.
             */

            /**
             * Shape of an Accept.
             * @typedef {supercloud.replication.Accept.$Properties} supercloud.replication.Accept.$Shape
             */

            /**
             * Constructs a new Accept.
             * @memberof supercloud.replication
             * @classdesc Represents an Accept.
             * @constructor
             * @param {supercloud.replication.Accept.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Accept = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new Accept instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.Accept
             * @static
             * @param {supercloud.replication.Accept.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.Accept} Accept instance
             * @type {{
             *   (properties: supercloud.replication.Accept.$Shape): supercloud.replication.Accept & supercloud.replication.Accept.$Shape;
             *   (properties?: supercloud.replication.Accept.$Properties): supercloud.replication.Accept;
             * }}
             */
            Accept.create = function(properties) {
                return new Accept(properties);
            };

            /**
             * Encodes the specified Accept message. Does not implicitly {@link supercloud.replication.Accept.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.Accept
             * @static
             * @param {supercloud.replication.Accept.$Properties} m Accept message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accept.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Accept message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.Accept
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.Accept & supercloud.replication.Accept.$Shape} Accept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accept.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.Accept();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Accept message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.Accept
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.Accept} Accept
             */
            Accept.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.Accept)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.Accept: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.supercloud.replication.Accept();
            };

            /**
             * Creates a plain object from an Accept message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.Accept
             * @static
             * @param {supercloud.replication.Accept} m Accept
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accept.toObject = function () {
                return {};
            };

            /**
             * Converts this Accept to JSON.
             * @function toJSON
             * @memberof supercloud.replication.Accept
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accept.prototype.toJSON = function() {
                return Accept.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Accept;
        })();

        replication.Refuse = (function() {

            /**
             * Properties of a Refuse.
             * @typedef {Object} supercloud.replication.Refuse.$Properties
             * @property {string|null} [name] Refuse name
             * @property {string|null} [message] Refuse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Refuse.
             * @memberof supercloud.replication
             * @interface IRefuse
             * @augments supercloud.replication.Refuse.$Properties
             * @deprecated Use supercloud.replication.Refuse.$Properties instead.
             */

            /**
             * Shape of a Refuse.
             * @typedef {supercloud.replication.Refuse.$Properties} supercloud.replication.Refuse.$Shape
             */

            /**
             * Constructs a new Refuse.
             * @memberof supercloud.replication
             * @classdesc Represents a Refuse.
             * @constructor
             * @param {supercloud.replication.Refuse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Refuse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Refuse name.
             * @member {string} name
             * @memberof supercloud.replication.Refuse
             * @instance
             */
            Refuse.prototype.name = "";

            /**
             * Refuse message.
             * @member {string} message
             * @memberof supercloud.replication.Refuse
             * @instance
             */
            Refuse.prototype.message = "";

            /**
             * Creates a new Refuse instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.Refuse
             * @static
             * @param {supercloud.replication.Refuse.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.Refuse} Refuse instance
             * @type {{
             *   (properties: supercloud.replication.Refuse.$Shape): supercloud.replication.Refuse & supercloud.replication.Refuse.$Shape;
             *   (properties?: supercloud.replication.Refuse.$Properties): supercloud.replication.Refuse;
             * }}
             */
            Refuse.create = function(properties) {
                return new Refuse(properties);
            };

            /**
             * Encodes the specified Refuse message. Does not implicitly {@link supercloud.replication.Refuse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.Refuse
             * @static
             * @param {supercloud.replication.Refuse.$Properties} m Refuse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refuse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Refuse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.Refuse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.Refuse & supercloud.replication.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refuse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.Refuse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Refuse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.Refuse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.Refuse} Refuse
             */
            Refuse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.Refuse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.Refuse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.Refuse();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Refuse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.Refuse
             * @static
             * @param {supercloud.replication.Refuse} m Refuse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Refuse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.message = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Refuse to JSON.
             * @function toJSON
             * @memberof supercloud.replication.Refuse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Refuse.prototype.toJSON = function() {
                return Refuse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Refuse;
        })();

        replication.Begin = (function() {

            /**
             * Properties of a Begin.
             * @typedef {Object} supercloud.replication.Begin.$Properties
             * @property {number|null} [epoch] Begin epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Begin.
             * @memberof supercloud.replication
             * @interface IBegin
             * @augments supercloud.replication.Begin.$Properties
             * @deprecated Use supercloud.replication.Begin.$Properties instead.
             */

            /**
             * Shape of a Begin.
             * @typedef {supercloud.replication.Begin.$Properties} supercloud.replication.Begin.$Shape
             */

            /**
             * Constructs a new Begin.
             * @memberof supercloud.replication
             * @classdesc Represents a Begin.
             * @constructor
             * @param {supercloud.replication.Begin.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Begin = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Begin epoch.
             * @member {number} epoch
             * @memberof supercloud.replication.Begin
             * @instance
             */
            Begin.prototype.epoch = 0;

            /**
             * Creates a new Begin instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.Begin
             * @static
             * @param {supercloud.replication.Begin.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.Begin} Begin instance
             * @type {{
             *   (properties: supercloud.replication.Begin.$Shape): supercloud.replication.Begin & supercloud.replication.Begin.$Shape;
             *   (properties?: supercloud.replication.Begin.$Properties): supercloud.replication.Begin;
             * }}
             */
            Begin.create = function(properties) {
                return new Begin(properties);
            };

            /**
             * Encodes the specified Begin message. Does not implicitly {@link supercloud.replication.Begin.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.Begin
             * @static
             * @param {supercloud.replication.Begin.$Properties} m Begin message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Begin.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.epoch);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Begin message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.Begin
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.Begin & supercloud.replication.Begin.$Shape} Begin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Begin.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.Begin();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Begin message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.Begin
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.Begin} Begin
             */
            Begin.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.Begin)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.Begin: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.Begin();
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Begin message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.Begin
             * @static
             * @param {supercloud.replication.Begin} m Begin
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Begin.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.epoch = 0;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                return d;
            };

            /**
             * Converts this Begin to JSON.
             * @function toJSON
             * @memberof supercloud.replication.Begin
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Begin.prototype.toJSON = function() {
                return Begin.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Begin;
        })();

        replication.Devices = (function() {

            /**
             * Properties of a Devices.
             * @typedef {Object} supercloud.replication.Devices.$Properties
             * @property {Uint8Array|null} [deviceState] Devices deviceState
             * @property {string|null} [hypercall] Devices hypercall
             * @property {string|null} [guestMac] Devices guestMac
             * @property {boolean|null} [running] Devices running
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Devices.
             * @memberof supercloud.replication
             * @interface IDevices
             * @augments supercloud.replication.Devices.$Properties
             * @deprecated Use supercloud.replication.Devices.$Properties instead.
             */

            /**
             * Shape of a Devices.
             * @typedef {supercloud.replication.Devices.$Properties} supercloud.replication.Devices.$Shape
             */

            /**
             * Constructs a new Devices.
             * @memberof supercloud.replication
             * @classdesc Represents a Devices.
             * @constructor
             * @param {supercloud.replication.Devices.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Devices = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Devices deviceState.
             * @member {Uint8Array} deviceState
             * @memberof supercloud.replication.Devices
             * @instance
             */
            Devices.prototype.deviceState = $util.newBuffer([]);

            /**
             * Devices hypercall.
             * @member {string} hypercall
             * @memberof supercloud.replication.Devices
             * @instance
             */
            Devices.prototype.hypercall = "";

            /**
             * Devices guestMac.
             * @member {string} guestMac
             * @memberof supercloud.replication.Devices
             * @instance
             */
            Devices.prototype.guestMac = "";

            /**
             * Devices running.
             * @member {boolean} running
             * @memberof supercloud.replication.Devices
             * @instance
             */
            Devices.prototype.running = false;

            /**
             * Creates a new Devices instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.Devices
             * @static
             * @param {supercloud.replication.Devices.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.Devices} Devices instance
             * @type {{
             *   (properties: supercloud.replication.Devices.$Shape): supercloud.replication.Devices & supercloud.replication.Devices.$Shape;
             *   (properties?: supercloud.replication.Devices.$Properties): supercloud.replication.Devices;
             * }}
             */
            Devices.create = function(properties) {
                return new Devices(properties);
            };

            /**
             * Encodes the specified Devices message. Does not implicitly {@link supercloud.replication.Devices.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.Devices
             * @static
             * @param {supercloud.replication.Devices.$Properties} m Devices message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Devices.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceState != null && $Object.hasOwnProperty.call(m, "deviceState") && m.deviceState.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.deviceState);
                if (m.hypercall != null && $Object.hasOwnProperty.call(m, "hypercall") && m.hypercall !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.hypercall);
                if (m.guestMac != null && $Object.hasOwnProperty.call(m, "guestMac") && m.guestMac !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.guestMac);
                if (m.running != null && $Object.hasOwnProperty.call(m, "running") && m.running !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.running);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Devices message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.Devices
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.Devices & supercloud.replication.Devices.$Shape} Devices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Devices.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.Devices();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.deviceState = v;
                            else
                                delete m.deviceState;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hypercall = v;
                            else
                                delete m.hypercall;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.guestMac = v;
                            else
                                delete m.guestMac;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.running = v;
                            else
                                delete m.running;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Devices message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.Devices
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.Devices} Devices
             */
            Devices.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.Devices)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.Devices: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.Devices();
                if (d.deviceState != null) {
                    if (d.deviceState.length) {
                        if (typeof d.deviceState === "string")
                            $util.base64.decode(d.deviceState, m.deviceState = $util.newBuffer($util.base64.length(d.deviceState)), 0);
                        else if (d.deviceState.length >= 0)
                            m.deviceState = d.deviceState;
                    }
                }
                if (d.hypercall != null) {
                    if (typeof d.hypercall !== "string" || d.hypercall.length) {
                        m.hypercall = $String(d.hypercall);
                    }
                }
                if (d.guestMac != null) {
                    if (typeof d.guestMac !== "string" || d.guestMac.length) {
                        m.guestMac = $String(d.guestMac);
                    }
                }
                if (d.running != null) {
                    if (d.running) {
                        m.running = $Boolean(d.running);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Devices message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.Devices
             * @static
             * @param {supercloud.replication.Devices} m Devices
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Devices.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.deviceState = "";
                    else {
                        d.deviceState = [];
                        if (o.bytes !== $Array)
                            d.deviceState = $util.newBuffer(d.deviceState);
                    }
                    d.hypercall = "";
                    d.guestMac = "";
                    d.running = false;
                }
                if (m.deviceState != null && $Object.hasOwnProperty.call(m, "deviceState")) {
                    d.deviceState = o.bytes === $String ? $util.base64.encode(m.deviceState, 0, m.deviceState.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.deviceState) : m.deviceState;
                }
                if (m.hypercall != null && $Object.hasOwnProperty.call(m, "hypercall")) {
                    d.hypercall = m.hypercall;
                }
                if (m.guestMac != null && $Object.hasOwnProperty.call(m, "guestMac")) {
                    d.guestMac = m.guestMac;
                }
                if (m.running != null && $Object.hasOwnProperty.call(m, "running")) {
                    d.running = m.running;
                }
                return d;
            };

            /**
             * Converts this Devices to JSON.
             * @function toJSON
             * @memberof supercloud.replication.Devices
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Devices.prototype.toJSON = function() {
                return Devices.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Devices;
        })();

        replication.End = (function() {

            /**
             * Properties of an End.
             * @typedef {Object} supercloud.replication.End.$Properties
             * @property {number|null} [epoch] End epoch
             * @property {number|null} [pages] End pages
             * @property {number|null} [diskBlocks] End diskBlocks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an End.
             * @memberof supercloud.replication
             * @interface IEnd
             * @augments supercloud.replication.End.$Properties
             * @deprecated Use supercloud.replication.End.$Properties instead.
             */

            /**
             * Shape of an End.
             * @typedef {supercloud.replication.End.$Properties} supercloud.replication.End.$Shape
             */

            /**
             * Constructs a new End.
             * @memberof supercloud.replication
             * @classdesc Represents an End.
             * @constructor
             * @param {supercloud.replication.End.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const End = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * End epoch.
             * @member {number} epoch
             * @memberof supercloud.replication.End
             * @instance
             */
            End.prototype.epoch = 0;

            /**
             * End pages.
             * @member {number} pages
             * @memberof supercloud.replication.End
             * @instance
             */
            End.prototype.pages = 0;

            /**
             * End diskBlocks.
             * @member {number} diskBlocks
             * @memberof supercloud.replication.End
             * @instance
             */
            End.prototype.diskBlocks = 0;

            /**
             * Creates a new End instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.End
             * @static
             * @param {supercloud.replication.End.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.End} End instance
             * @type {{
             *   (properties: supercloud.replication.End.$Shape): supercloud.replication.End & supercloud.replication.End.$Shape;
             *   (properties?: supercloud.replication.End.$Properties): supercloud.replication.End;
             * }}
             */
            End.create = function(properties) {
                return new End(properties);
            };

            /**
             * Encodes the specified End message. Does not implicitly {@link supercloud.replication.End.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.End
             * @static
             * @param {supercloud.replication.End.$Properties} m End message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            End.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.epoch);
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages") && m.pages !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.pages);
                if (m.diskBlocks != null && $Object.hasOwnProperty.call(m, "diskBlocks") && m.diskBlocks !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.diskBlocks);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an End message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.End
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.End & supercloud.replication.End.$Shape} End
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            End.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.End();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pages = v;
                            else
                                delete m.pages;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.diskBlocks = v;
                            else
                                delete m.diskBlocks;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an End message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.End
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.End} End
             */
            End.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.End)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.End: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.End();
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                if (d.pages != null) {
                    if ($Number(d.pages) !== 0) {
                        m.pages = d.pages >>> 0;
                    }
                }
                if (d.diskBlocks != null) {
                    if ($Number(d.diskBlocks) !== 0) {
                        m.diskBlocks = d.diskBlocks >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an End message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.End
             * @static
             * @param {supercloud.replication.End} m End
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            End.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.epoch = 0;
                    d.pages = 0;
                    d.diskBlocks = 0;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages")) {
                    d.pages = m.pages;
                }
                if (m.diskBlocks != null && $Object.hasOwnProperty.call(m, "diskBlocks")) {
                    d.diskBlocks = m.diskBlocks;
                }
                return d;
            };

            /**
             * Converts this End to JSON.
             * @function toJSON
             * @memberof supercloud.replication.End
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            End.prototype.toJSON = function() {
                return End.toObject(this, $protobuf.util.toJSONOptions);
            };

            return End;
        })();

        replication.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} supercloud.replication.Ack.$Properties
             * @property {number|null} [epoch] Ack epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof supercloud.replication
             * @interface IAck
             * @augments supercloud.replication.Ack.$Properties
             * @deprecated Use supercloud.replication.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {supercloud.replication.Ack.$Properties} supercloud.replication.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof supercloud.replication
             * @classdesc Represents an Ack.
             * @constructor
             * @param {supercloud.replication.Ack.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ack epoch.
             * @member {number} epoch
             * @memberof supercloud.replication.Ack
             * @instance
             */
            Ack.prototype.epoch = 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.Ack
             * @static
             * @param {supercloud.replication.Ack.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.Ack} Ack instance
             * @type {{
             *   (properties: supercloud.replication.Ack.$Shape): supercloud.replication.Ack & supercloud.replication.Ack.$Shape;
             *   (properties?: supercloud.replication.Ack.$Properties): supercloud.replication.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link supercloud.replication.Ack.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.Ack
             * @static
             * @param {supercloud.replication.Ack.$Properties} m Ack message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.epoch);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.Ack & supercloud.replication.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.Ack();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.Ack
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.Ack} Ack
             */
            Ack.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.Ack)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.Ack: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.Ack();
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.Ack
             * @static
             * @param {supercloud.replication.Ack} m Ack
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.epoch = 0;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                return d;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof supercloud.replication.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ack;
        })();

        replication.Close = (function() {

            /**
             * Properties of a Close.
             * @typedef {Object} supercloud.replication.Close.$Properties
             * @property {string|null} [reason] Close reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Close.
             * @memberof supercloud.replication
             * @interface IClose
             * @augments supercloud.replication.Close.$Properties
             * @deprecated Use supercloud.replication.Close.$Properties instead.
             */

            /**
             * Shape of a Close.
             * @typedef {supercloud.replication.Close.$Properties} supercloud.replication.Close.$Shape
             */

            /**
             * Constructs a new Close.
             * @memberof supercloud.replication
             * @classdesc Represents a Close.
             * @constructor
             * @param {supercloud.replication.Close.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Close = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Close reason.
             * @member {string} reason
             * @memberof supercloud.replication.Close
             * @instance
             */
            Close.prototype.reason = "";

            /**
             * Creates a new Close instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.Close
             * @static
             * @param {supercloud.replication.Close.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.Close} Close instance
             * @type {{
             *   (properties: supercloud.replication.Close.$Shape): supercloud.replication.Close & supercloud.replication.Close.$Shape;
             *   (properties?: supercloud.replication.Close.$Properties): supercloud.replication.Close;
             * }}
             */
            Close.create = function(properties) {
                return new Close(properties);
            };

            /**
             * Encodes the specified Close message. Does not implicitly {@link supercloud.replication.Close.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.Close
             * @static
             * @param {supercloud.replication.Close.$Properties} m Close message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Close.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Close message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.Close
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.Close & supercloud.replication.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Close.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.Close();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Close message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.Close
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.Close} Close
             */
            Close.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.Close)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.Close: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.Close();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Close message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.Close
             * @static
             * @param {supercloud.replication.Close} m Close
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Close.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Close to JSON.
             * @function toJSON
             * @memberof supercloud.replication.Close
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Close.prototype.toJSON = function() {
                return Close.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Close;
        })();

        replication.ReplicationMessage = (function() {

            /**
             * Properties of a ReplicationMessage.
             * @typedef {Object} supercloud.replication.ReplicationMessage.$Properties
             * @property {supercloud.replication.Open.$Properties|null} [open] ReplicationMessage open
             * @property {supercloud.replication.Accept.$Properties|null} [accept] ReplicationMessage accept
             * @property {supercloud.replication.Refuse.$Properties|null} [refuse] ReplicationMessage refuse
             * @property {supercloud.migration.Pages.$Properties|null} [pages] ReplicationMessage pages
             * @property {supercloud.replication.Begin.$Properties|null} [begin] ReplicationMessage begin
             * @property {supercloud.replication.Devices.$Properties|null} [devices] ReplicationMessage devices
             * @property {supercloud.replication.End.$Properties|null} [end] ReplicationMessage end
             * @property {supercloud.replication.Ack.$Properties|null} [ack] ReplicationMessage ack
             * @property {supercloud.replication.Close.$Properties|null} [close] ReplicationMessage close
             * @property {supercloud.migration.Deltas.$Properties|null} [deltas] ReplicationMessage deltas
             * @property {"open"|"accept"|"refuse"|"pages"|"begin"|"devices"|"end"|"ack"|"close"|"deltas"} [body] ReplicationMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicationMessage.
             * @memberof supercloud.replication
             * @interface IReplicationMessage
             * @augments supercloud.replication.ReplicationMessage.$Properties
             * @deprecated Use supercloud.replication.ReplicationMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a ReplicationMessage.
             * @typedef {{
             *   open?: supercloud.replication.Open.$Shape|null;
             *   accept?: supercloud.replication.Accept.$Shape|null;
             *   refuse?: supercloud.replication.Refuse.$Shape|null;
             *   pages?: supercloud.migration.Pages.$Shape|null;
             *   begin?: supercloud.replication.Begin.$Shape|null;
             *   devices?: supercloud.replication.Devices.$Shape|null;
             *   end?: supercloud.replication.End.$Shape|null;
             *   ack?: supercloud.replication.Ack.$Shape|null;
             *   close?: supercloud.replication.Close.$Shape|null;
             *   deltas?: supercloud.migration.Deltas.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "open"; open: supercloud.replication.Open.$Shape; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "accept"; open?: null; accept: supercloud.replication.Accept.$Shape; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "refuse"; open?: null; accept?: null; refuse: supercloud.replication.Refuse.$Shape; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "pages"; open?: null; accept?: null; refuse?: null; pages: supercloud.migration.Pages.$Shape; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "begin"; open?: null; accept?: null; refuse?: null; pages?: null; begin: supercloud.replication.Begin.$Shape; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "devices"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices: supercloud.replication.Devices.$Shape; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "end"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end: supercloud.replication.End.$Shape; ack?: null; close?: null; deltas?: null }|{ body?: "ack"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack: supercloud.replication.Ack.$Shape; close?: null; deltas?: null }|{ body?: "close"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close: supercloud.replication.Close.$Shape; deltas?: null }|{ body?: "deltas"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas: supercloud.migration.Deltas.$Shape })
             * )} supercloud.replication.ReplicationMessage.$Shape
             */

            /**
             * Constructs a new ReplicationMessage.
             * @memberof supercloud.replication
             * @classdesc Represents a ReplicationMessage.
             * @constructor
             * @param {supercloud.replication.ReplicationMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicationMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReplicationMessage open.
             * @member {supercloud.replication.Open.$Properties|null|undefined} open
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.open = null;

            /**
             * ReplicationMessage accept.
             * @member {supercloud.replication.Accept.$Properties|null|undefined} accept
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.accept = null;

            /**
             * ReplicationMessage refuse.
             * @member {supercloud.replication.Refuse.$Properties|null|undefined} refuse
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.refuse = null;

            /**
             * ReplicationMessage pages.
             * @member {supercloud.migration.Pages.$Properties|null|undefined} pages
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.pages = null;

            /**
             * ReplicationMessage begin.
             * @member {supercloud.replication.Begin.$Properties|null|undefined} begin
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.begin = null;

            /**
             * ReplicationMessage devices.
             * @member {supercloud.replication.Devices.$Properties|null|undefined} devices
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.devices = null;

            /**
             * ReplicationMessage end.
             * @member {supercloud.replication.End.$Properties|null|undefined} end
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.end = null;

            /**
             * ReplicationMessage ack.
             * @member {supercloud.replication.Ack.$Properties|null|undefined} ack
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.ack = null;

            /**
             * ReplicationMessage close.
             * @member {supercloud.replication.Close.$Properties|null|undefined} close
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.close = null;

            /**
             * ReplicationMessage deltas.
             * @member {supercloud.migration.Deltas.$Properties|null|undefined} deltas
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            ReplicationMessage.prototype.deltas = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ReplicationMessage body.
             * @member {"open"|"accept"|"refuse"|"pages"|"begin"|"devices"|"end"|"ack"|"close"|"deltas"|undefined} body
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             */
            $Object.defineProperty(ReplicationMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["open", "accept", "refuse", "pages", "begin", "devices", "end", "ack", "close", "deltas"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ReplicationMessage instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.ReplicationMessage
             * @static
             * @param {supercloud.replication.ReplicationMessage.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.ReplicationMessage} ReplicationMessage instance
             * @type {{
             *   (properties: supercloud.replication.ReplicationMessage.$Shape): supercloud.replication.ReplicationMessage & supercloud.replication.ReplicationMessage.$Shape;
             *   (properties?: supercloud.replication.ReplicationMessage.$Properties): supercloud.replication.ReplicationMessage;
             * }}
             */
            ReplicationMessage.create = function(properties) {
                return new ReplicationMessage(properties);
            };

            /**
             * Encodes the specified ReplicationMessage message. Does not implicitly {@link supercloud.replication.ReplicationMessage.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.ReplicationMessage
             * @static
             * @param {supercloud.replication.ReplicationMessage.$Properties} m ReplicationMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicationMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.open != null && $Object.hasOwnProperty.call(m, "open"))
                    $root.supercloud.replication.Open.encode(m.open, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.accept != null && $Object.hasOwnProperty.call(m, "accept"))
                    $root.supercloud.replication.Accept.encode(m.accept, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.refuse != null && $Object.hasOwnProperty.call(m, "refuse"))
                    $root.supercloud.replication.Refuse.encode(m.refuse, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages"))
                    $root.supercloud.migration.Pages.encode(m.pages, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.begin != null && $Object.hasOwnProperty.call(m, "begin"))
                    $root.supercloud.replication.Begin.encode(m.begin, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.devices != null && $Object.hasOwnProperty.call(m, "devices"))
                    $root.supercloud.replication.Devices.encode(m.devices, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.end != null && $Object.hasOwnProperty.call(m, "end"))
                    $root.supercloud.replication.End.encode(m.end, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                    $root.supercloud.replication.Ack.encode(m.ack, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.close != null && $Object.hasOwnProperty.call(m, "close"))
                    $root.supercloud.replication.Close.encode(m.close, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.deltas != null && $Object.hasOwnProperty.call(m, "deltas"))
                    $root.supercloud.migration.Deltas.encode(m.deltas, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ReplicationMessage message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.ReplicationMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.ReplicationMessage & supercloud.replication.ReplicationMessage.$Shape} ReplicationMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicationMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.ReplicationMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.open = $root.supercloud.replication.Open.decode(r, r.size(), $undefined, q + 1, m.open);
                            m.body = "open";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.accept = $root.supercloud.replication.Accept.decode(r, r.size(), $undefined, q + 1, m.accept);
                            m.body = "accept";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.refuse = $root.supercloud.replication.Refuse.decode(r, r.size(), $undefined, q + 1, m.refuse);
                            m.body = "refuse";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.pages = $root.supercloud.migration.Pages.decode(r, r.size(), $undefined, q + 1, m.pages);
                            m.body = "pages";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.begin = $root.supercloud.replication.Begin.decode(r, r.size(), $undefined, q + 1, m.begin);
                            m.body = "begin";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.devices = $root.supercloud.replication.Devices.decode(r, r.size(), $undefined, q + 1, m.devices);
                            m.body = "devices";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.end = $root.supercloud.replication.End.decode(r, r.size(), $undefined, q + 1, m.end);
                            m.body = "end";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.ack = $root.supercloud.replication.Ack.decode(r, r.size(), $undefined, q + 1, m.ack);
                            m.body = "ack";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.close = $root.supercloud.replication.Close.decode(r, r.size(), $undefined, q + 1, m.close);
                            m.body = "close";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.deltas = $root.supercloud.migration.Deltas.decode(r, r.size(), $undefined, q + 1, m.deltas);
                            m.body = "deltas";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ReplicationMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.ReplicationMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.ReplicationMessage} ReplicationMessage
             */
            ReplicationMessage.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.ReplicationMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.ReplicationMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.ReplicationMessage();
                if (d.open != null) {
                    if (!$util.isObject(d.open))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.open: object expected");
                    m.open = $root.supercloud.replication.Open.fromObject(d.open, q + 1);
                }
                if (d.accept != null) {
                    if (!$util.isObject(d.accept))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.accept: object expected");
                    m.accept = $root.supercloud.replication.Accept.fromObject(d.accept, q + 1);
                }
                if (d.refuse != null) {
                    if (!$util.isObject(d.refuse))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.refuse: object expected");
                    m.refuse = $root.supercloud.replication.Refuse.fromObject(d.refuse, q + 1);
                }
                if (d.pages != null) {
                    if (!$util.isObject(d.pages))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.pages: object expected");
                    m.pages = $root.supercloud.migration.Pages.fromObject(d.pages, q + 1);
                }
                if (d.begin != null) {
                    if (!$util.isObject(d.begin))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.begin: object expected");
                    m.begin = $root.supercloud.replication.Begin.fromObject(d.begin, q + 1);
                }
                if (d.devices != null) {
                    if (!$util.isObject(d.devices))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.devices: object expected");
                    m.devices = $root.supercloud.replication.Devices.fromObject(d.devices, q + 1);
                }
                if (d.end != null) {
                    if (!$util.isObject(d.end))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.end: object expected");
                    m.end = $root.supercloud.replication.End.fromObject(d.end, q + 1);
                }
                if (d.ack != null) {
                    if (!$util.isObject(d.ack))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.ack: object expected");
                    m.ack = $root.supercloud.replication.Ack.fromObject(d.ack, q + 1);
                }
                if (d.close != null) {
                    if (!$util.isObject(d.close))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.close: object expected");
                    m.close = $root.supercloud.replication.Close.fromObject(d.close, q + 1);
                }
                if (d.deltas != null) {
                    if (!$util.isObject(d.deltas))
                        throw $TypeError(".supercloud.replication.ReplicationMessage.deltas: object expected");
                    m.deltas = $root.supercloud.migration.Deltas.fromObject(d.deltas, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ReplicationMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.ReplicationMessage
             * @static
             * @param {supercloud.replication.ReplicationMessage} m ReplicationMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReplicationMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.open != null && $Object.hasOwnProperty.call(m, "open")) {
                    d.open = $root.supercloud.replication.Open.toObject(m.open, o, q + 1);
                    if (o.oneofs)
                        d.body = "open";
                }
                if (m.accept != null && $Object.hasOwnProperty.call(m, "accept")) {
                    d.accept = $root.supercloud.replication.Accept.toObject(m.accept, o, q + 1);
                    if (o.oneofs)
                        d.body = "accept";
                }
                if (m.refuse != null && $Object.hasOwnProperty.call(m, "refuse")) {
                    d.refuse = $root.supercloud.replication.Refuse.toObject(m.refuse, o, q + 1);
                    if (o.oneofs)
                        d.body = "refuse";
                }
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages")) {
                    d.pages = $root.supercloud.migration.Pages.toObject(m.pages, o, q + 1);
                    if (o.oneofs)
                        d.body = "pages";
                }
                if (m.begin != null && $Object.hasOwnProperty.call(m, "begin")) {
                    d.begin = $root.supercloud.replication.Begin.toObject(m.begin, o, q + 1);
                    if (o.oneofs)
                        d.body = "begin";
                }
                if (m.devices != null && $Object.hasOwnProperty.call(m, "devices")) {
                    d.devices = $root.supercloud.replication.Devices.toObject(m.devices, o, q + 1);
                    if (o.oneofs)
                        d.body = "devices";
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    d.end = $root.supercloud.replication.End.toObject(m.end, o, q + 1);
                    if (o.oneofs)
                        d.body = "end";
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    d.ack = $root.supercloud.replication.Ack.toObject(m.ack, o, q + 1);
                    if (o.oneofs)
                        d.body = "ack";
                }
                if (m.close != null && $Object.hasOwnProperty.call(m, "close")) {
                    d.close = $root.supercloud.replication.Close.toObject(m.close, o, q + 1);
                    if (o.oneofs)
                        d.body = "close";
                }
                if (m.deltas != null && $Object.hasOwnProperty.call(m, "deltas")) {
                    d.deltas = $root.supercloud.migration.Deltas.toObject(m.deltas, o, q + 1);
                    if (o.oneofs)
                        d.body = "deltas";
                }
                return d;
            };

            /**
             * Converts this ReplicationMessage to JSON.
             * @function toJSON
             * @memberof supercloud.replication.ReplicationMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReplicationMessage.prototype.toJSON = function() {
                return ReplicationMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReplicationMessage;
        })();

        replication.VoteRequest = (function() {

            /**
             * Properties of a VoteRequest.
             * @typedef {Object} supercloud.replication.VoteRequest.$Properties
             * @property {string|null} [vmId] VoteRequest vmId
             * @property {number|null} [epoch] VoteRequest epoch
             * @property {Uint8Array|null} [primary] VoteRequest primary
             * @property {Uint8Array|null} [standby] VoteRequest standby
             * @property {string|null} [side] VoteRequest side
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VoteRequest.
             * @memberof supercloud.replication
             * @interface IVoteRequest
             * @augments supercloud.replication.VoteRequest.$Properties
             * @deprecated Use supercloud.replication.VoteRequest.$Properties instead.
             */

            /**
             * Shape of a VoteRequest.
             * @typedef {supercloud.replication.VoteRequest.$Properties} supercloud.replication.VoteRequest.$Shape
             */

            /**
             * Constructs a new VoteRequest.
             * @memberof supercloud.replication
             * @classdesc Represents a VoteRequest.
             * @constructor
             * @param {supercloud.replication.VoteRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VoteRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VoteRequest vmId.
             * @member {string} vmId
             * @memberof supercloud.replication.VoteRequest
             * @instance
             */
            VoteRequest.prototype.vmId = "";

            /**
             * VoteRequest epoch.
             * @member {number} epoch
             * @memberof supercloud.replication.VoteRequest
             * @instance
             */
            VoteRequest.prototype.epoch = 0;

            /**
             * VoteRequest primary.
             * @member {Uint8Array} primary
             * @memberof supercloud.replication.VoteRequest
             * @instance
             */
            VoteRequest.prototype.primary = $util.newBuffer([]);

            /**
             * VoteRequest standby.
             * @member {Uint8Array} standby
             * @memberof supercloud.replication.VoteRequest
             * @instance
             */
            VoteRequest.prototype.standby = $util.newBuffer([]);

            /**
             * VoteRequest side.
             * @member {string} side
             * @memberof supercloud.replication.VoteRequest
             * @instance
             */
            VoteRequest.prototype.side = "";

            /**
             * Creates a new VoteRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.VoteRequest
             * @static
             * @param {supercloud.replication.VoteRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.VoteRequest} VoteRequest instance
             * @type {{
             *   (properties: supercloud.replication.VoteRequest.$Shape): supercloud.replication.VoteRequest & supercloud.replication.VoteRequest.$Shape;
             *   (properties?: supercloud.replication.VoteRequest.$Properties): supercloud.replication.VoteRequest;
             * }}
             */
            VoteRequest.create = function(properties) {
                return new VoteRequest(properties);
            };

            /**
             * Encodes the specified VoteRequest message. Does not implicitly {@link supercloud.replication.VoteRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.VoteRequest
             * @static
             * @param {supercloud.replication.VoteRequest.$Properties} m VoteRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VoteRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.epoch);
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary") && m.primary.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.primary);
                if (m.standby != null && $Object.hasOwnProperty.call(m, "standby") && m.standby.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.standby);
                if (m.side != null && $Object.hasOwnProperty.call(m, "side") && m.side !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.side);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VoteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.VoteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.VoteRequest & supercloud.replication.VoteRequest.$Shape} VoteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VoteRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.VoteRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.primary = v;
                            else
                                delete m.primary;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.standby = v;
                            else
                                delete m.standby;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.side = v;
                            else
                                delete m.side;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VoteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.VoteRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.VoteRequest} VoteRequest
             */
            VoteRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.VoteRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.VoteRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.VoteRequest();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                if (d.primary != null) {
                    if (d.primary.length) {
                        if (typeof d.primary === "string")
                            $util.base64.decode(d.primary, m.primary = $util.newBuffer($util.base64.length(d.primary)), 0);
                        else if (d.primary.length >= 0)
                            m.primary = d.primary;
                    }
                }
                if (d.standby != null) {
                    if (d.standby.length) {
                        if (typeof d.standby === "string")
                            $util.base64.decode(d.standby, m.standby = $util.newBuffer($util.base64.length(d.standby)), 0);
                        else if (d.standby.length >= 0)
                            m.standby = d.standby;
                    }
                }
                if (d.side != null) {
                    if (typeof d.side !== "string" || d.side.length) {
                        m.side = $String(d.side);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VoteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.VoteRequest
             * @static
             * @param {supercloud.replication.VoteRequest} m VoteRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VoteRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                    d.epoch = 0;
                    if (o.bytes === $String)
                        d.primary = "";
                    else {
                        d.primary = [];
                        if (o.bytes !== $Array)
                            d.primary = $util.newBuffer(d.primary);
                    }
                    if (o.bytes === $String)
                        d.standby = "";
                    else {
                        d.standby = [];
                        if (o.bytes !== $Array)
                            d.standby = $util.newBuffer(d.standby);
                    }
                    d.side = "";
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary")) {
                    d.primary = o.bytes === $String ? $util.base64.encode(m.primary, 0, m.primary.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.primary) : m.primary;
                }
                if (m.standby != null && $Object.hasOwnProperty.call(m, "standby")) {
                    d.standby = o.bytes === $String ? $util.base64.encode(m.standby, 0, m.standby.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.standby) : m.standby;
                }
                if (m.side != null && $Object.hasOwnProperty.call(m, "side")) {
                    d.side = m.side;
                }
                return d;
            };

            /**
             * Converts this VoteRequest to JSON.
             * @function toJSON
             * @memberof supercloud.replication.VoteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VoteRequest.prototype.toJSON = function() {
                return VoteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VoteRequest;
        })();

        replication.VoteError = (function() {

            /**
             * Properties of a VoteError.
             * @typedef {Object} supercloud.replication.VoteError.$Properties
             * @property {string|null} [name] VoteError name
             * @property {string|null} [message] VoteError message
             * @property {number|null} [status] VoteError status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VoteError.
             * @memberof supercloud.replication
             * @interface IVoteError
             * @augments supercloud.replication.VoteError.$Properties
             * @deprecated Use supercloud.replication.VoteError.$Properties instead.
             */

            /**
             * Shape of a VoteError.
             * @typedef {supercloud.replication.VoteError.$Properties} supercloud.replication.VoteError.$Shape
             */

            /**
             * Constructs a new VoteError.
             * @memberof supercloud.replication
             * @classdesc Represents a VoteError.
             * @constructor
             * @param {supercloud.replication.VoteError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VoteError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VoteError name.
             * @member {string} name
             * @memberof supercloud.replication.VoteError
             * @instance
             */
            VoteError.prototype.name = "";

            /**
             * VoteError message.
             * @member {string} message
             * @memberof supercloud.replication.VoteError
             * @instance
             */
            VoteError.prototype.message = "";

            /**
             * VoteError status.
             * @member {number} status
             * @memberof supercloud.replication.VoteError
             * @instance
             */
            VoteError.prototype.status = 0;

            /**
             * Creates a new VoteError instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.VoteError
             * @static
             * @param {supercloud.replication.VoteError.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.VoteError} VoteError instance
             * @type {{
             *   (properties: supercloud.replication.VoteError.$Shape): supercloud.replication.VoteError & supercloud.replication.VoteError.$Shape;
             *   (properties?: supercloud.replication.VoteError.$Properties): supercloud.replication.VoteError;
             * }}
             */
            VoteError.create = function(properties) {
                return new VoteError(properties);
            };

            /**
             * Encodes the specified VoteError message. Does not implicitly {@link supercloud.replication.VoteError.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.VoteError
             * @static
             * @param {supercloud.replication.VoteError.$Properties} m VoteError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VoteError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.status);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VoteError message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.VoteError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.VoteError & supercloud.replication.VoteError.$Shape} VoteError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VoteError.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.VoteError();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VoteError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.VoteError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.VoteError} VoteError
             */
            VoteError.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.VoteError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.VoteError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.VoteError();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.status != null) {
                    if ($Number(d.status) !== 0) {
                        m.status = d.status >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VoteError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.VoteError
             * @static
             * @param {supercloud.replication.VoteError} m VoteError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VoteError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.message = "";
                    d.status = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                return d;
            };

            /**
             * Converts this VoteError to JSON.
             * @function toJSON
             * @memberof supercloud.replication.VoteError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VoteError.prototype.toJSON = function() {
                return VoteError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VoteError;
        })();

        replication.VoteResponse = (function() {

            /**
             * Properties of a VoteResponse.
             * @typedef {Object} supercloud.replication.VoteResponse.$Properties
             * @property {supercloud.replication.VoteError.$Properties|null} [error] VoteResponse error
             * @property {boolean|null} [granted] VoteResponse granted
             * @property {string|null} [reason] VoteResponse reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VoteResponse.
             * @memberof supercloud.replication
             * @interface IVoteResponse
             * @augments supercloud.replication.VoteResponse.$Properties
             * @deprecated Use supercloud.replication.VoteResponse.$Properties instead.
             */

            /**
             * Shape of a VoteResponse.
             * @typedef {supercloud.replication.VoteResponse.$Properties} supercloud.replication.VoteResponse.$Shape
             */

            /**
             * Constructs a new VoteResponse.
             * @memberof supercloud.replication
             * @classdesc Represents a VoteResponse.
             * @constructor
             * @param {supercloud.replication.VoteResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VoteResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VoteResponse error.
             * @member {supercloud.replication.VoteError.$Properties|null|undefined} error
             * @memberof supercloud.replication.VoteResponse
             * @instance
             */
            VoteResponse.prototype.error = null;

            /**
             * VoteResponse granted.
             * @member {boolean} granted
             * @memberof supercloud.replication.VoteResponse
             * @instance
             */
            VoteResponse.prototype.granted = false;

            /**
             * VoteResponse reason.
             * @member {string} reason
             * @memberof supercloud.replication.VoteResponse
             * @instance
             */
            VoteResponse.prototype.reason = "";

            /**
             * Creates a new VoteResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.replication.VoteResponse
             * @static
             * @param {supercloud.replication.VoteResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.replication.VoteResponse} VoteResponse instance
             * @type {{
             *   (properties: supercloud.replication.VoteResponse.$Shape): supercloud.replication.VoteResponse & supercloud.replication.VoteResponse.$Shape;
             *   (properties?: supercloud.replication.VoteResponse.$Properties): supercloud.replication.VoteResponse;
             * }}
             */
            VoteResponse.create = function(properties) {
                return new VoteResponse(properties);
            };

            /**
             * Encodes the specified VoteResponse message. Does not implicitly {@link supercloud.replication.VoteResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.replication.VoteResponse
             * @static
             * @param {supercloud.replication.VoteResponse.$Properties} m VoteResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VoteResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.supercloud.replication.VoteError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.granted != null && $Object.hasOwnProperty.call(m, "granted") && m.granted !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.granted);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VoteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.replication.VoteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.replication.VoteResponse & supercloud.replication.VoteResponse.$Shape} VoteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VoteResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.replication.VoteResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.error = $root.supercloud.replication.VoteError.decode(r, r.size(), $undefined, q + 1, m.error);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.granted = v;
                            else
                                delete m.granted;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VoteResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.replication.VoteResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.replication.VoteResponse} VoteResponse
             */
            VoteResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.replication.VoteResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.replication.VoteResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.replication.VoteResponse();
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".supercloud.replication.VoteResponse.error: object expected");
                    m.error = $root.supercloud.replication.VoteError.fromObject(d.error, q + 1);
                }
                if (d.granted != null) {
                    if (d.granted) {
                        m.granted = $Boolean(d.granted);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VoteResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.replication.VoteResponse
             * @static
             * @param {supercloud.replication.VoteResponse} m VoteResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VoteResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.error = null;
                    d.granted = false;
                    d.reason = "";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.supercloud.replication.VoteError.toObject(m.error, o, q + 1);
                }
                if (m.granted != null && $Object.hasOwnProperty.call(m, "granted")) {
                    d.granted = m.granted;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this VoteResponse to JSON.
             * @function toJSON
             * @memberof supercloud.replication.VoteResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VoteResponse.prototype.toJSON = function() {
                return VoteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VoteResponse;
        })();

        return replication;
    })();

    supercloud.vm = (function() {

        /**
         * Namespace vm.
         * @memberof supercloud
         * @namespace
         */
        const vm = {};

        vm.TinyOptions = (function() {

            /**
             * Properties of a TinyOptions.
             * @typedef {Object} supercloud.vm.TinyOptions.$Properties
             * @property {boolean|null} [busy] TinyOptions busy
             * @property {number|null} [dirtyPagesPerSec] TinyOptions dirtyPagesPerSec
             * @property {number|null} [dirtyPercent] TinyOptions dirtyPercent
             * @property {boolean|null} [fillRam] TinyOptions fillRam
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TinyOptions.
             * @memberof supercloud.vm
             * @interface ITinyOptions
             * @augments supercloud.vm.TinyOptions.$Properties
             * @deprecated Use supercloud.vm.TinyOptions.$Properties instead.
             */

            /**
             * Shape of a TinyOptions.
             * @typedef {supercloud.vm.TinyOptions.$Properties} supercloud.vm.TinyOptions.$Shape
             */

            /**
             * Constructs a new TinyOptions.
             * @memberof supercloud.vm
             * @classdesc Represents a TinyOptions.
             * @constructor
             * @param {supercloud.vm.TinyOptions.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TinyOptions = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TinyOptions busy.
             * @member {boolean} busy
             * @memberof supercloud.vm.TinyOptions
             * @instance
             */
            TinyOptions.prototype.busy = false;

            /**
             * TinyOptions dirtyPagesPerSec.
             * @member {number} dirtyPagesPerSec
             * @memberof supercloud.vm.TinyOptions
             * @instance
             */
            TinyOptions.prototype.dirtyPagesPerSec = 0;

            /**
             * TinyOptions dirtyPercent.
             * @member {number} dirtyPercent
             * @memberof supercloud.vm.TinyOptions
             * @instance
             */
            TinyOptions.prototype.dirtyPercent = 0;

            /**
             * TinyOptions fillRam.
             * @member {boolean} fillRam
             * @memberof supercloud.vm.TinyOptions
             * @instance
             */
            TinyOptions.prototype.fillRam = false;

            /**
             * Creates a new TinyOptions instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.TinyOptions
             * @static
             * @param {supercloud.vm.TinyOptions.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.TinyOptions} TinyOptions instance
             * @type {{
             *   (properties: supercloud.vm.TinyOptions.$Shape): supercloud.vm.TinyOptions & supercloud.vm.TinyOptions.$Shape;
             *   (properties?: supercloud.vm.TinyOptions.$Properties): supercloud.vm.TinyOptions;
             * }}
             */
            TinyOptions.create = function(properties) {
                return new TinyOptions(properties);
            };

            /**
             * Encodes the specified TinyOptions message. Does not implicitly {@link supercloud.vm.TinyOptions.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.TinyOptions
             * @static
             * @param {supercloud.vm.TinyOptions.$Properties} m TinyOptions message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TinyOptions.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.busy != null && $Object.hasOwnProperty.call(m, "busy") && m.busy !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.busy);
                if (m.dirtyPagesPerSec != null && $Object.hasOwnProperty.call(m, "dirtyPagesPerSec") && m.dirtyPagesPerSec !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.dirtyPagesPerSec);
                if (m.dirtyPercent != null && $Object.hasOwnProperty.call(m, "dirtyPercent") && m.dirtyPercent !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.dirtyPercent);
                if (m.fillRam != null && $Object.hasOwnProperty.call(m, "fillRam") && m.fillRam !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.fillRam);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TinyOptions message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.TinyOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.TinyOptions & supercloud.vm.TinyOptions.$Shape} TinyOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TinyOptions.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.TinyOptions();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.busy = v;
                            else
                                delete m.busy;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.dirtyPagesPerSec = v;
                            else
                                delete m.dirtyPagesPerSec;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.dirtyPercent = v;
                            else
                                delete m.dirtyPercent;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.fillRam = v;
                            else
                                delete m.fillRam;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TinyOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.TinyOptions
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.TinyOptions} TinyOptions
             */
            TinyOptions.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.TinyOptions)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.TinyOptions: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.TinyOptions();
                if (d.busy != null) {
                    if (d.busy) {
                        m.busy = $Boolean(d.busy);
                    }
                }
                if (d.dirtyPagesPerSec != null) {
                    if ($Number(d.dirtyPagesPerSec) !== 0) {
                        m.dirtyPagesPerSec = d.dirtyPagesPerSec >>> 0;
                    }
                }
                if (d.dirtyPercent != null) {
                    if ($Number(d.dirtyPercent) !== 0) {
                        m.dirtyPercent = d.dirtyPercent >>> 0;
                    }
                }
                if (d.fillRam != null) {
                    if (d.fillRam) {
                        m.fillRam = $Boolean(d.fillRam);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TinyOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.TinyOptions
             * @static
             * @param {supercloud.vm.TinyOptions} m TinyOptions
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TinyOptions.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.busy = false;
                    d.dirtyPagesPerSec = 0;
                    d.dirtyPercent = 0;
                    d.fillRam = false;
                }
                if (m.busy != null && $Object.hasOwnProperty.call(m, "busy")) {
                    d.busy = m.busy;
                }
                if (m.dirtyPagesPerSec != null && $Object.hasOwnProperty.call(m, "dirtyPagesPerSec")) {
                    d.dirtyPagesPerSec = m.dirtyPagesPerSec;
                }
                if (m.dirtyPercent != null && $Object.hasOwnProperty.call(m, "dirtyPercent")) {
                    d.dirtyPercent = m.dirtyPercent;
                }
                if (m.fillRam != null && $Object.hasOwnProperty.call(m, "fillRam")) {
                    d.fillRam = m.fillRam;
                }
                return d;
            };

            /**
             * Converts this TinyOptions to JSON.
             * @function toJSON
             * @memberof supercloud.vm.TinyOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TinyOptions.prototype.toJSON = function() {
                return TinyOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TinyOptions;
        })();

        vm.VmNet = (function() {

            /**
             * Properties of a VmNet.
             * @typedef {Object} supercloud.vm.VmNet.$Properties
             * @property {number|null} [id] VmNet id
             * @property {string|null} [ip] VmNet ip
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmNet.
             * @memberof supercloud.vm
             * @interface IVmNet
             * @augments supercloud.vm.VmNet.$Properties
             * @deprecated Use supercloud.vm.VmNet.$Properties instead.
             */

            /**
             * Shape of a VmNet.
             * @typedef {supercloud.vm.VmNet.$Properties} supercloud.vm.VmNet.$Shape
             */

            /**
             * Constructs a new VmNet.
             * @memberof supercloud.vm
             * @classdesc Represents a VmNet.
             * @constructor
             * @param {supercloud.vm.VmNet.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmNet = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmNet id.
             * @member {number} id
             * @memberof supercloud.vm.VmNet
             * @instance
             */
            VmNet.prototype.id = 0;

            /**
             * VmNet ip.
             * @member {string} ip
             * @memberof supercloud.vm.VmNet
             * @instance
             */
            VmNet.prototype.ip = "";

            /**
             * Creates a new VmNet instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmNet
             * @static
             * @param {supercloud.vm.VmNet.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmNet} VmNet instance
             * @type {{
             *   (properties: supercloud.vm.VmNet.$Shape): supercloud.vm.VmNet & supercloud.vm.VmNet.$Shape;
             *   (properties?: supercloud.vm.VmNet.$Properties): supercloud.vm.VmNet;
             * }}
             */
            VmNet.create = function(properties) {
                return new VmNet(properties);
            };

            /**
             * Encodes the specified VmNet message. Does not implicitly {@link supercloud.vm.VmNet.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmNet
             * @static
             * @param {supercloud.vm.VmNet.$Properties} m VmNet message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmNet.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.ip);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmNet message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmNet
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmNet & supercloud.vm.VmNet.$Shape} VmNet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmNet.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmNet();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmNet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmNet
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmNet} VmNet
             */
            VmNet.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmNet)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmNet: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmNet();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.ip != null) {
                    if (typeof d.ip !== "string" || d.ip.length) {
                        m.ip = $String(d.ip);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmNet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmNet
             * @static
             * @param {supercloud.vm.VmNet} m VmNet
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmNet.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.ip = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    d.ip = m.ip;
                }
                return d;
            };

            /**
             * Converts this VmNet to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmNet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmNet.prototype.toJSON = function() {
                return VmNet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmNet;
        })();

        vm.VmSpec = (function() {

            /**
             * Properties of a VmSpec.
             * @typedef {Object} supercloud.vm.VmSpec.$Properties
             * @property {string|null} [name] VmSpec name
             * @property {string|null} [image] VmSpec image
             * @property {number|null} [memoryBytes] VmSpec memoryBytes
             * @property {string|null} [nic] VmSpec nic
             * @property {string|null} [mac] VmSpec mac
             * @property {string|null} [guestMac] VmSpec guestMac
             * @property {supercloud.vm.TinyOptions.$Properties|null} [tiny] VmSpec tiny
             * @property {supercloud.vm.VmNet.$Properties|null} [net] VmSpec net
             * @property {boolean|null} [pinned] VmSpec pinned
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmSpec.
             * @memberof supercloud.vm
             * @interface IVmSpec
             * @augments supercloud.vm.VmSpec.$Properties
             * @deprecated Use supercloud.vm.VmSpec.$Properties instead.
             */

            /**
             * Shape of a VmSpec.
             * @typedef {supercloud.vm.VmSpec.$Properties} supercloud.vm.VmSpec.$Shape
             */

            /**
             * Constructs a new VmSpec.
             * @memberof supercloud.vm
             * @classdesc Represents a VmSpec.
             * @constructor
             * @param {supercloud.vm.VmSpec.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmSpec name.
             * @member {string} name
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.name = "";

            /**
             * VmSpec image.
             * @member {string} image
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.image = "";

            /**
             * VmSpec memoryBytes.
             * @member {number} memoryBytes
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.memoryBytes = 0;

            /**
             * VmSpec nic.
             * @member {string} nic
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.nic = "";

            /**
             * VmSpec mac.
             * @member {string} mac
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.mac = "";

            /**
             * VmSpec guestMac.
             * @member {string} guestMac
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.guestMac = "";

            /**
             * VmSpec tiny.
             * @member {supercloud.vm.TinyOptions.$Properties|null|undefined} tiny
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.tiny = null;

            /**
             * VmSpec net.
             * @member {supercloud.vm.VmNet.$Properties|null|undefined} net
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.net = null;

            /**
             * VmSpec pinned.
             * @member {boolean} pinned
             * @memberof supercloud.vm.VmSpec
             * @instance
             */
            VmSpec.prototype.pinned = false;

            /**
             * Creates a new VmSpec instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmSpec
             * @static
             * @param {supercloud.vm.VmSpec.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmSpec} VmSpec instance
             * @type {{
             *   (properties: supercloud.vm.VmSpec.$Shape): supercloud.vm.VmSpec & supercloud.vm.VmSpec.$Shape;
             *   (properties?: supercloud.vm.VmSpec.$Properties): supercloud.vm.VmSpec;
             * }}
             */
            VmSpec.create = function(properties) {
                return new VmSpec(properties);
            };

            /**
             * Encodes the specified VmSpec message. Does not implicitly {@link supercloud.vm.VmSpec.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmSpec
             * @static
             * @param {supercloud.vm.VmSpec.$Properties} m VmSpec message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.image != null && $Object.hasOwnProperty.call(m, "image") && m.image !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.image);
                if (m.memoryBytes != null && $Object.hasOwnProperty.call(m, "memoryBytes") && !$Object.is(m.memoryBytes, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.memoryBytes);
                if (m.nic != null && $Object.hasOwnProperty.call(m, "nic") && m.nic !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.nic);
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.mac);
                if (m.guestMac != null && $Object.hasOwnProperty.call(m, "guestMac") && m.guestMac !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.guestMac);
                if (m.tiny != null && $Object.hasOwnProperty.call(m, "tiny"))
                    $root.supercloud.vm.TinyOptions.encode(m.tiny, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.net != null && $Object.hasOwnProperty.call(m, "net"))
                    $root.supercloud.vm.VmNet.encode(m.net, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.pinned != null && $Object.hasOwnProperty.call(m, "pinned") && m.pinned !== false)
                    w.uint32(/* id 9, wireType 0 =*/72).bool(m.pinned);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmSpec message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmSpec & supercloud.vm.VmSpec.$Shape} VmSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.image = v;
                            else
                                delete m.image;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.memoryBytes = v;
                            else
                                delete m.memoryBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nic = v;
                            else
                                delete m.nic;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mac = v;
                            else
                                delete m.mac;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.guestMac = v;
                            else
                                delete m.guestMac;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.tiny = $root.supercloud.vm.TinyOptions.decode(r, r.size(), $undefined, q + 1, m.tiny);
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.net = $root.supercloud.vm.VmNet.decode(r, r.size(), $undefined, q + 1, m.net);
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.pinned = v;
                            else
                                delete m.pinned;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmSpec
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmSpec} VmSpec
             */
            VmSpec.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmSpec)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmSpec: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmSpec();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.image != null) {
                    if (typeof d.image !== "string" || d.image.length) {
                        m.image = $String(d.image);
                    }
                }
                if (d.memoryBytes != null) {
                    if (!$Object.is($Number(d.memoryBytes), 0)) {
                        m.memoryBytes = $Number(d.memoryBytes);
                    }
                }
                if (d.nic != null) {
                    if (typeof d.nic !== "string" || d.nic.length) {
                        m.nic = $String(d.nic);
                    }
                }
                if (d.mac != null) {
                    if (typeof d.mac !== "string" || d.mac.length) {
                        m.mac = $String(d.mac);
                    }
                }
                if (d.guestMac != null) {
                    if (typeof d.guestMac !== "string" || d.guestMac.length) {
                        m.guestMac = $String(d.guestMac);
                    }
                }
                if (d.tiny != null) {
                    if (!$util.isObject(d.tiny))
                        throw $TypeError(".supercloud.vm.VmSpec.tiny: object expected");
                    m.tiny = $root.supercloud.vm.TinyOptions.fromObject(d.tiny, q + 1);
                }
                if (d.net != null) {
                    if (!$util.isObject(d.net))
                        throw $TypeError(".supercloud.vm.VmSpec.net: object expected");
                    m.net = $root.supercloud.vm.VmNet.fromObject(d.net, q + 1);
                }
                if (d.pinned != null) {
                    if (d.pinned) {
                        m.pinned = $Boolean(d.pinned);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmSpec
             * @static
             * @param {supercloud.vm.VmSpec} m VmSpec
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmSpec.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.image = "";
                    d.memoryBytes = 0;
                    d.nic = "";
                    d.mac = "";
                    d.guestMac = "";
                    d.tiny = null;
                    d.net = null;
                    d.pinned = false;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.image != null && $Object.hasOwnProperty.call(m, "image")) {
                    d.image = m.image;
                }
                if (m.memoryBytes != null && $Object.hasOwnProperty.call(m, "memoryBytes")) {
                    d.memoryBytes = o.json && !$isFinite(m.memoryBytes) ? $String(m.memoryBytes) : m.memoryBytes;
                }
                if (m.nic != null && $Object.hasOwnProperty.call(m, "nic")) {
                    d.nic = m.nic;
                }
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                    d.mac = m.mac;
                }
                if (m.guestMac != null && $Object.hasOwnProperty.call(m, "guestMac")) {
                    d.guestMac = m.guestMac;
                }
                if (m.tiny != null && $Object.hasOwnProperty.call(m, "tiny")) {
                    d.tiny = $root.supercloud.vm.TinyOptions.toObject(m.tiny, o, q + 1);
                }
                if (m.net != null && $Object.hasOwnProperty.call(m, "net")) {
                    d.net = $root.supercloud.vm.VmNet.toObject(m.net, o, q + 1);
                }
                if (m.pinned != null && $Object.hasOwnProperty.call(m, "pinned")) {
                    d.pinned = m.pinned;
                }
                return d;
            };

            /**
             * Converts this VmSpec to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmSpec.prototype.toJSON = function() {
                return VmSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmSpec;
        })();

        vm.Handoff = (function() {

            /**
             * Properties of a Handoff.
             * @typedef {Object} supercloud.vm.Handoff.$Properties
             * @property {string|null} [vmId] Handoff vmId
             * @property {number|null} [epoch] Handoff epoch
             * @property {Uint8Array|null} [from] Handoff from
             * @property {Uint8Array|null} [to] Handoff to
             * @property {number|null} [atMs] Handoff atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Handoff.
             * @memberof supercloud.vm
             * @interface IHandoff
             * @augments supercloud.vm.Handoff.$Properties
             * @deprecated Use supercloud.vm.Handoff.$Properties instead.
             */

            /**
             * Shape of a Handoff.
             * @typedef {supercloud.vm.Handoff.$Properties} supercloud.vm.Handoff.$Shape
             */

            /**
             * Constructs a new Handoff.
             * @memberof supercloud.vm
             * @classdesc Represents a Handoff.
             * @constructor
             * @param {supercloud.vm.Handoff.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Handoff = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Handoff vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.Handoff
             * @instance
             */
            Handoff.prototype.vmId = "";

            /**
             * Handoff epoch.
             * @member {number} epoch
             * @memberof supercloud.vm.Handoff
             * @instance
             */
            Handoff.prototype.epoch = 0;

            /**
             * Handoff from.
             * @member {Uint8Array} from
             * @memberof supercloud.vm.Handoff
             * @instance
             */
            Handoff.prototype.from = $util.newBuffer([]);

            /**
             * Handoff to.
             * @member {Uint8Array} to
             * @memberof supercloud.vm.Handoff
             * @instance
             */
            Handoff.prototype.to = $util.newBuffer([]);

            /**
             * Handoff atMs.
             * @member {number} atMs
             * @memberof supercloud.vm.Handoff
             * @instance
             */
            Handoff.prototype.atMs = 0;

            /**
             * Creates a new Handoff instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.Handoff
             * @static
             * @param {supercloud.vm.Handoff.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.Handoff} Handoff instance
             * @type {{
             *   (properties: supercloud.vm.Handoff.$Shape): supercloud.vm.Handoff & supercloud.vm.Handoff.$Shape;
             *   (properties?: supercloud.vm.Handoff.$Properties): supercloud.vm.Handoff;
             * }}
             */
            Handoff.create = function(properties) {
                return new Handoff(properties);
            };

            /**
             * Encodes the specified Handoff message. Does not implicitly {@link supercloud.vm.Handoff.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.Handoff
             * @static
             * @param {supercloud.vm.Handoff.$Properties} m Handoff message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Handoff.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.epoch);
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.from);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.to);
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs") && !$Object.is(m.atMs, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.atMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Handoff message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.Handoff
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.Handoff & supercloud.vm.Handoff.$Shape} Handoff
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Handoff.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.Handoff();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.from = v;
                            else
                                delete m.from;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.atMs = v;
                            else
                                delete m.atMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Handoff message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.Handoff
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.Handoff} Handoff
             */
            Handoff.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.Handoff)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.Handoff: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.Handoff();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                if (d.from != null) {
                    if (d.from.length) {
                        if (typeof d.from === "string")
                            $util.base64.decode(d.from, m.from = $util.newBuffer($util.base64.length(d.from)), 0);
                        else if (d.from.length >= 0)
                            m.from = d.from;
                    }
                }
                if (d.to != null) {
                    if (d.to.length) {
                        if (typeof d.to === "string")
                            $util.base64.decode(d.to, m.to = $util.newBuffer($util.base64.length(d.to)), 0);
                        else if (d.to.length >= 0)
                            m.to = d.to;
                    }
                }
                if (d.atMs != null) {
                    if (!$Object.is($Number(d.atMs), 0)) {
                        m.atMs = $Number(d.atMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Handoff message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.Handoff
             * @static
             * @param {supercloud.vm.Handoff} m Handoff
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Handoff.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                    d.epoch = 0;
                    if (o.bytes === $String)
                        d.from = "";
                    else {
                        d.from = [];
                        if (o.bytes !== $Array)
                            d.from = $util.newBuffer(d.from);
                    }
                    if (o.bytes === $String)
                        d.to = "";
                    else {
                        d.to = [];
                        if (o.bytes !== $Array)
                            d.to = $util.newBuffer(d.to);
                    }
                    d.atMs = 0;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    d.from = o.bytes === $String ? $util.base64.encode(m.from, 0, m.from.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.from) : m.from;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = o.bytes === $String ? $util.base64.encode(m.to, 0, m.to.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.to) : m.to;
                }
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs")) {
                    d.atMs = o.json && !$isFinite(m.atMs) ? $String(m.atMs) : m.atMs;
                }
                return d;
            };

            /**
             * Converts this Handoff to JSON.
             * @function toJSON
             * @memberof supercloud.vm.Handoff
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Handoff.prototype.toJSON = function() {
                return Handoff.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Handoff;
        })();

        vm.SignedHandoff = (function() {

            /**
             * Properties of a SignedHandoff.
             * @typedef {Object} supercloud.vm.SignedHandoff.$Properties
             * @property {Uint8Array|null} [handoff] SignedHandoff handoff
             * @property {Uint8Array|null} [signature] SignedHandoff signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedHandoff.
             * @memberof supercloud.vm
             * @interface ISignedHandoff
             * @augments supercloud.vm.SignedHandoff.$Properties
             * @deprecated Use supercloud.vm.SignedHandoff.$Properties instead.
             */

            /**
             * Shape of a SignedHandoff.
             * @typedef {supercloud.vm.SignedHandoff.$Properties} supercloud.vm.SignedHandoff.$Shape
             */

            /**
             * Constructs a new SignedHandoff.
             * @memberof supercloud.vm
             * @classdesc Represents a SignedHandoff.
             * @constructor
             * @param {supercloud.vm.SignedHandoff.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedHandoff = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedHandoff handoff.
             * @member {Uint8Array} handoff
             * @memberof supercloud.vm.SignedHandoff
             * @instance
             */
            SignedHandoff.prototype.handoff = $util.newBuffer([]);

            /**
             * SignedHandoff signature.
             * @member {Uint8Array} signature
             * @memberof supercloud.vm.SignedHandoff
             * @instance
             */
            SignedHandoff.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedHandoff instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.SignedHandoff
             * @static
             * @param {supercloud.vm.SignedHandoff.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.SignedHandoff} SignedHandoff instance
             * @type {{
             *   (properties: supercloud.vm.SignedHandoff.$Shape): supercloud.vm.SignedHandoff & supercloud.vm.SignedHandoff.$Shape;
             *   (properties?: supercloud.vm.SignedHandoff.$Properties): supercloud.vm.SignedHandoff;
             * }}
             */
            SignedHandoff.create = function(properties) {
                return new SignedHandoff(properties);
            };

            /**
             * Encodes the specified SignedHandoff message. Does not implicitly {@link supercloud.vm.SignedHandoff.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.SignedHandoff
             * @static
             * @param {supercloud.vm.SignedHandoff.$Properties} m SignedHandoff message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedHandoff.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.handoff != null && $Object.hasOwnProperty.call(m, "handoff") && m.handoff.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.handoff);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SignedHandoff message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.SignedHandoff
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.SignedHandoff & supercloud.vm.SignedHandoff.$Shape} SignedHandoff
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedHandoff.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.SignedHandoff();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.handoff = v;
                            else
                                delete m.handoff;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SignedHandoff message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.SignedHandoff
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.SignedHandoff} SignedHandoff
             */
            SignedHandoff.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.SignedHandoff)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.SignedHandoff: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.SignedHandoff();
                if (d.handoff != null) {
                    if (d.handoff.length) {
                        if (typeof d.handoff === "string")
                            $util.base64.decode(d.handoff, m.handoff = $util.newBuffer($util.base64.length(d.handoff)), 0);
                        else if (d.handoff.length >= 0)
                            m.handoff = d.handoff;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedHandoff message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.SignedHandoff
             * @static
             * @param {supercloud.vm.SignedHandoff} m SignedHandoff
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedHandoff.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.handoff = "";
                    else {
                        d.handoff = [];
                        if (o.bytes !== $Array)
                            d.handoff = $util.newBuffer(d.handoff);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.handoff != null && $Object.hasOwnProperty.call(m, "handoff")) {
                    d.handoff = o.bytes === $String ? $util.base64.encode(m.handoff, 0, m.handoff.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.handoff) : m.handoff;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedHandoff to JSON.
             * @function toJSON
             * @memberof supercloud.vm.SignedHandoff
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedHandoff.prototype.toJSON = function() {
                return SignedHandoff.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedHandoff;
        })();

        vm.VmRecord = (function() {

            /**
             * Properties of a VmRecord.
             * @typedef {Object} supercloud.vm.VmRecord.$Properties
             * @property {string|null} [id] VmRecord id
             * @property {number|null} [epoch] VmRecord epoch
             * @property {supercloud.vm.VmSpec.$Properties|null} [spec] VmRecord spec
             * @property {string|null} [phase] VmRecord phase
             * @property {string|null} [reason] VmRecord reason
             * @property {number|null} [createdAtMs] VmRecord createdAtMs
             * @property {number|null} [updatedAtMs] VmRecord updatedAtMs
             * @property {Uint8Array|null} [creator] VmRecord creator
             * @property {string|null} [nonce] VmRecord nonce
             * @property {Array.<supercloud.vm.SignedHandoff.$Properties>|null} [handoffs] VmRecord handoffs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmRecord.
             * @memberof supercloud.vm
             * @interface IVmRecord
             * @augments supercloud.vm.VmRecord.$Properties
             * @deprecated Use supercloud.vm.VmRecord.$Properties instead.
             */

            /**
             * Shape of a VmRecord.
             * @typedef {supercloud.vm.VmRecord.$Properties} supercloud.vm.VmRecord.$Shape
             */

            /**
             * Constructs a new VmRecord.
             * @memberof supercloud.vm
             * @classdesc Represents a VmRecord.
             * @constructor
             * @param {supercloud.vm.VmRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmRecord = function (p) {
                this.handoffs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmRecord id.
             * @member {string} id
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.id = "";

            /**
             * VmRecord epoch.
             * @member {number} epoch
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.epoch = 0;

            /**
             * VmRecord spec.
             * @member {supercloud.vm.VmSpec.$Properties|null|undefined} spec
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.spec = null;

            /**
             * VmRecord phase.
             * @member {string} phase
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.phase = "";

            /**
             * VmRecord reason.
             * @member {string} reason
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.reason = "";

            /**
             * VmRecord createdAtMs.
             * @member {number} createdAtMs
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.createdAtMs = 0;

            /**
             * VmRecord updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.updatedAtMs = 0;

            /**
             * VmRecord creator.
             * @member {Uint8Array} creator
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.creator = $util.newBuffer([]);

            /**
             * VmRecord nonce.
             * @member {string} nonce
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.nonce = "";

            /**
             * VmRecord handoffs.
             * @member {Array.<supercloud.vm.SignedHandoff.$Properties>} handoffs
             * @memberof supercloud.vm.VmRecord
             * @instance
             */
            VmRecord.prototype.handoffs = $util.emptyArray;

            /**
             * Creates a new VmRecord instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmRecord
             * @static
             * @param {supercloud.vm.VmRecord.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmRecord} VmRecord instance
             * @type {{
             *   (properties: supercloud.vm.VmRecord.$Shape): supercloud.vm.VmRecord & supercloud.vm.VmRecord.$Shape;
             *   (properties?: supercloud.vm.VmRecord.$Properties): supercloud.vm.VmRecord;
             * }}
             */
            VmRecord.create = function(properties) {
                return new VmRecord(properties);
            };

            /**
             * Encodes the specified VmRecord message. Does not implicitly {@link supercloud.vm.VmRecord.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmRecord
             * @static
             * @param {supercloud.vm.VmRecord.$Properties} m VmRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.epoch);
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.supercloud.vm.VmSpec.encode(m.spec, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.phase);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
                if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && !$Object.is(m.createdAtMs, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.createdAtMs);
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs") && !$Object.is(m.updatedAtMs, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.updatedAtMs);
                if (m.creator != null && $Object.hasOwnProperty.call(m, "creator") && m.creator.length)
                    w.uint32(/* id 8, wireType 2 =*/66).bytes(m.creator);
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.nonce);
                if (m.handoffs != null && m.handoffs.length) {
                    for (var i = 0; i < m.handoffs.length; ++i)
                        $root.supercloud.vm.SignedHandoff.encode(m.handoffs[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmRecord message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmRecord & supercloud.vm.VmRecord.$Shape} VmRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmRecord.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmRecord();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.spec = $root.supercloud.vm.VmSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.createdAtMs = v;
                            else
                                delete m.createdAtMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.updatedAtMs = v;
                            else
                                delete m.updatedAtMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.creator = v;
                            else
                                delete m.creator;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nonce = v;
                            else
                                delete m.nonce;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.handoffs && m.handoffs.length))
                                m.handoffs = [];
                            m.handoffs.push($root.supercloud.vm.SignedHandoff.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmRecord} VmRecord
             */
            VmRecord.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmRecord();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                if (d.spec != null) {
                    if (!$util.isObject(d.spec))
                        throw $TypeError(".supercloud.vm.VmRecord.spec: object expected");
                    m.spec = $root.supercloud.vm.VmSpec.fromObject(d.spec, q + 1);
                }
                if (d.phase != null) {
                    if (typeof d.phase !== "string" || d.phase.length) {
                        m.phase = $String(d.phase);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.createdAtMs != null) {
                    if (!$Object.is($Number(d.createdAtMs), 0)) {
                        m.createdAtMs = $Number(d.createdAtMs);
                    }
                }
                if (d.updatedAtMs != null) {
                    if (!$Object.is($Number(d.updatedAtMs), 0)) {
                        m.updatedAtMs = $Number(d.updatedAtMs);
                    }
                }
                if (d.creator != null) {
                    if (d.creator.length) {
                        if (typeof d.creator === "string")
                            $util.base64.decode(d.creator, m.creator = $util.newBuffer($util.base64.length(d.creator)), 0);
                        else if (d.creator.length >= 0)
                            m.creator = d.creator;
                    }
                }
                if (d.nonce != null) {
                    if (typeof d.nonce !== "string" || d.nonce.length) {
                        m.nonce = $String(d.nonce);
                    }
                }
                if (d.handoffs) {
                    if (!$Array.isArray(d.handoffs))
                        throw $TypeError(".supercloud.vm.VmRecord.handoffs: array expected");
                    m.handoffs = $Array(d.handoffs.length);
                    for (var i = 0; i < d.handoffs.length; ++i) {
                        if (!$util.isObject(d.handoffs[i]))
                            throw $TypeError(".supercloud.vm.VmRecord.handoffs: object expected");
                        m.handoffs[i] = $root.supercloud.vm.SignedHandoff.fromObject(d.handoffs[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmRecord
             * @static
             * @param {supercloud.vm.VmRecord} m VmRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.handoffs = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.epoch = 0;
                    d.spec = null;
                    d.phase = "";
                    d.reason = "";
                    d.createdAtMs = 0;
                    d.updatedAtMs = 0;
                    if (o.bytes === $String)
                        d.creator = "";
                    else {
                        d.creator = [];
                        if (o.bytes !== $Array)
                            d.creator = $util.newBuffer(d.creator);
                    }
                    d.nonce = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                    d.spec = $root.supercloud.vm.VmSpec.toObject(m.spec, o, q + 1);
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    d.phase = m.phase;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                    d.createdAtMs = o.json && !$isFinite(m.createdAtMs) ? $String(m.createdAtMs) : m.createdAtMs;
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    d.updatedAtMs = o.json && !$isFinite(m.updatedAtMs) ? $String(m.updatedAtMs) : m.updatedAtMs;
                }
                if (m.creator != null && $Object.hasOwnProperty.call(m, "creator")) {
                    d.creator = o.bytes === $String ? $util.base64.encode(m.creator, 0, m.creator.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.creator) : m.creator;
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    d.nonce = m.nonce;
                }
                if (m.handoffs && m.handoffs.length) {
                    d.handoffs = $Array(m.handoffs.length);
                    for (var j = 0; j < m.handoffs.length; ++j) {
                        d.handoffs[j] = $root.supercloud.vm.SignedHandoff.toObject(m.handoffs[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this VmRecord to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmRecord.prototype.toJSON = function() {
                return VmRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmRecord;
        })();

        vm.Inventory = (function() {

            /**
             * Properties of an Inventory.
             * @typedef {Object} supercloud.vm.Inventory.$Properties
             * @property {Uint8Array|null} [owner] Inventory owner
             * @property {number|null} [seq] Inventory seq
             * @property {number|null} [incarnation] Inventory incarnation
             * @property {Array.<supercloud.vm.VmRecord.$Properties>|null} [vms] Inventory vms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Inventory.
             * @memberof supercloud.vm
             * @interface IInventory
             * @augments supercloud.vm.Inventory.$Properties
             * @deprecated Use supercloud.vm.Inventory.$Properties instead.
             */

            /**
             * Shape of an Inventory.
             * @typedef {supercloud.vm.Inventory.$Properties} supercloud.vm.Inventory.$Shape
             */

            /**
             * Constructs a new Inventory.
             * @memberof supercloud.vm
             * @classdesc Represents an Inventory.
             * @constructor
             * @param {supercloud.vm.Inventory.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Inventory = function (p) {
                this.vms = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Inventory owner.
             * @member {Uint8Array} owner
             * @memberof supercloud.vm.Inventory
             * @instance
             */
            Inventory.prototype.owner = $util.newBuffer([]);

            /**
             * Inventory seq.
             * @member {number} seq
             * @memberof supercloud.vm.Inventory
             * @instance
             */
            Inventory.prototype.seq = 0;

            /**
             * Inventory incarnation.
             * @member {number} incarnation
             * @memberof supercloud.vm.Inventory
             * @instance
             */
            Inventory.prototype.incarnation = 0;

            /**
             * Inventory vms.
             * @member {Array.<supercloud.vm.VmRecord.$Properties>} vms
             * @memberof supercloud.vm.Inventory
             * @instance
             */
            Inventory.prototype.vms = $util.emptyArray;

            /**
             * Creates a new Inventory instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.Inventory
             * @static
             * @param {supercloud.vm.Inventory.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.Inventory} Inventory instance
             * @type {{
             *   (properties: supercloud.vm.Inventory.$Shape): supercloud.vm.Inventory & supercloud.vm.Inventory.$Shape;
             *   (properties?: supercloud.vm.Inventory.$Properties): supercloud.vm.Inventory;
             * }}
             */
            Inventory.create = function(properties) {
                return new Inventory(properties);
            };

            /**
             * Encodes the specified Inventory message. Does not implicitly {@link supercloud.vm.Inventory.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.Inventory
             * @static
             * @param {supercloud.vm.Inventory.$Properties} m Inventory message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Inventory.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.owner);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && !$Object.is(m.seq, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.seq);
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && !$Object.is(m.incarnation, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.incarnation);
                if (m.vms != null && m.vms.length) {
                    for (var i = 0; i < m.vms.length; ++i)
                        $root.supercloud.vm.VmRecord.encode(m.vms[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Inventory message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.Inventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.Inventory & supercloud.vm.Inventory.$Shape} Inventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Inventory.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.Inventory();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.owner = v;
                            else
                                delete m.owner;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.incarnation = v;
                            else
                                delete m.incarnation;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.vms && m.vms.length))
                                m.vms = [];
                            m.vms.push($root.supercloud.vm.VmRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Inventory message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.Inventory
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.Inventory} Inventory
             */
            Inventory.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.Inventory)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.Inventory: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.Inventory();
                if (d.owner != null) {
                    if (d.owner.length) {
                        if (typeof d.owner === "string")
                            $util.base64.decode(d.owner, m.owner = $util.newBuffer($util.base64.length(d.owner)), 0);
                        else if (d.owner.length >= 0)
                            m.owner = d.owner;
                    }
                }
                if (d.seq != null) {
                    if (!$Object.is($Number(d.seq), 0)) {
                        m.seq = $Number(d.seq);
                    }
                }
                if (d.incarnation != null) {
                    if (!$Object.is($Number(d.incarnation), 0)) {
                        m.incarnation = $Number(d.incarnation);
                    }
                }
                if (d.vms) {
                    if (!$Array.isArray(d.vms))
                        throw $TypeError(".supercloud.vm.Inventory.vms: array expected");
                    m.vms = $Array(d.vms.length);
                    for (var i = 0; i < d.vms.length; ++i) {
                        if (!$util.isObject(d.vms[i]))
                            throw $TypeError(".supercloud.vm.Inventory.vms: object expected");
                        m.vms[i] = $root.supercloud.vm.VmRecord.fromObject(d.vms[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Inventory message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.Inventory
             * @static
             * @param {supercloud.vm.Inventory} m Inventory
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Inventory.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.vms = [];
                }
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.owner = "";
                    else {
                        d.owner = [];
                        if (o.bytes !== $Array)
                            d.owner = $util.newBuffer(d.owner);
                    }
                    d.seq = 0;
                    d.incarnation = 0;
                }
                if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                    d.owner = o.bytes === $String ? $util.base64.encode(m.owner, 0, m.owner.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.owner) : m.owner;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = o.json && !$isFinite(m.seq) ? $String(m.seq) : m.seq;
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = o.json && !$isFinite(m.incarnation) ? $String(m.incarnation) : m.incarnation;
                }
                if (m.vms && m.vms.length) {
                    d.vms = $Array(m.vms.length);
                    for (var j = 0; j < m.vms.length; ++j) {
                        d.vms[j] = $root.supercloud.vm.VmRecord.toObject(m.vms[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Inventory to JSON.
             * @function toJSON
             * @memberof supercloud.vm.Inventory
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Inventory.prototype.toJSON = function() {
                return Inventory.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Inventory;
        })();

        vm.SignedInventory = (function() {

            /**
             * Properties of a SignedInventory.
             * @typedef {Object} supercloud.vm.SignedInventory.$Properties
             * @property {Uint8Array|null} [inventory] SignedInventory inventory
             * @property {Uint8Array|null} [signature] SignedInventory signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedInventory.
             * @memberof supercloud.vm
             * @interface ISignedInventory
             * @augments supercloud.vm.SignedInventory.$Properties
             * @deprecated Use supercloud.vm.SignedInventory.$Properties instead.
             */

            /**
             * Shape of a SignedInventory.
             * @typedef {supercloud.vm.SignedInventory.$Properties} supercloud.vm.SignedInventory.$Shape
             */

            /**
             * Constructs a new SignedInventory.
             * @memberof supercloud.vm
             * @classdesc Represents a SignedInventory.
             * @constructor
             * @param {supercloud.vm.SignedInventory.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedInventory = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedInventory inventory.
             * @member {Uint8Array} inventory
             * @memberof supercloud.vm.SignedInventory
             * @instance
             */
            SignedInventory.prototype.inventory = $util.newBuffer([]);

            /**
             * SignedInventory signature.
             * @member {Uint8Array} signature
             * @memberof supercloud.vm.SignedInventory
             * @instance
             */
            SignedInventory.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedInventory instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.SignedInventory
             * @static
             * @param {supercloud.vm.SignedInventory.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.SignedInventory} SignedInventory instance
             * @type {{
             *   (properties: supercloud.vm.SignedInventory.$Shape): supercloud.vm.SignedInventory & supercloud.vm.SignedInventory.$Shape;
             *   (properties?: supercloud.vm.SignedInventory.$Properties): supercloud.vm.SignedInventory;
             * }}
             */
            SignedInventory.create = function(properties) {
                return new SignedInventory(properties);
            };

            /**
             * Encodes the specified SignedInventory message. Does not implicitly {@link supercloud.vm.SignedInventory.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.SignedInventory
             * @static
             * @param {supercloud.vm.SignedInventory.$Properties} m SignedInventory message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedInventory.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.inventory != null && $Object.hasOwnProperty.call(m, "inventory") && m.inventory.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.inventory);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SignedInventory message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.SignedInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.SignedInventory & supercloud.vm.SignedInventory.$Shape} SignedInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedInventory.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.SignedInventory();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.inventory = v;
                            else
                                delete m.inventory;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SignedInventory message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.SignedInventory
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.SignedInventory} SignedInventory
             */
            SignedInventory.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.SignedInventory)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.SignedInventory: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.SignedInventory();
                if (d.inventory != null) {
                    if (d.inventory.length) {
                        if (typeof d.inventory === "string")
                            $util.base64.decode(d.inventory, m.inventory = $util.newBuffer($util.base64.length(d.inventory)), 0);
                        else if (d.inventory.length >= 0)
                            m.inventory = d.inventory;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedInventory message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.SignedInventory
             * @static
             * @param {supercloud.vm.SignedInventory} m SignedInventory
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedInventory.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.inventory = "";
                    else {
                        d.inventory = [];
                        if (o.bytes !== $Array)
                            d.inventory = $util.newBuffer(d.inventory);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.inventory != null && $Object.hasOwnProperty.call(m, "inventory")) {
                    d.inventory = o.bytes === $String ? $util.base64.encode(m.inventory, 0, m.inventory.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.inventory) : m.inventory;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedInventory to JSON.
             * @function toJSON
             * @memberof supercloud.vm.SignedInventory
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedInventory.prototype.toJSON = function() {
                return SignedInventory.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedInventory;
        })();

        vm.RecordsRequest = (function() {

            /**
             * Properties of a RecordsRequest.
             * @typedef {Object} supercloud.vm.RecordsRequest.$Properties
             * @property {Array.<Uint8Array>|null} [owners] RecordsRequest owners
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordsRequest.
             * @memberof supercloud.vm
             * @interface IRecordsRequest
             * @augments supercloud.vm.RecordsRequest.$Properties
             * @deprecated Use supercloud.vm.RecordsRequest.$Properties instead.
             */

            /**
             * Shape of a RecordsRequest.
             * @typedef {supercloud.vm.RecordsRequest.$Properties} supercloud.vm.RecordsRequest.$Shape
             */

            /**
             * Constructs a new RecordsRequest.
             * @memberof supercloud.vm
             * @classdesc Represents a RecordsRequest.
             * @constructor
             * @param {supercloud.vm.RecordsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordsRequest = function (p) {
                this.owners = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RecordsRequest owners.
             * @member {Array.<Uint8Array>} owners
             * @memberof supercloud.vm.RecordsRequest
             * @instance
             */
            RecordsRequest.prototype.owners = $util.emptyArray;

            /**
             * Creates a new RecordsRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.RecordsRequest
             * @static
             * @param {supercloud.vm.RecordsRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.RecordsRequest} RecordsRequest instance
             * @type {{
             *   (properties: supercloud.vm.RecordsRequest.$Shape): supercloud.vm.RecordsRequest & supercloud.vm.RecordsRequest.$Shape;
             *   (properties?: supercloud.vm.RecordsRequest.$Properties): supercloud.vm.RecordsRequest;
             * }}
             */
            RecordsRequest.create = function(properties) {
                return new RecordsRequest(properties);
            };

            /**
             * Encodes the specified RecordsRequest message. Does not implicitly {@link supercloud.vm.RecordsRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.RecordsRequest
             * @static
             * @param {supercloud.vm.RecordsRequest.$Properties} m RecordsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.owners != null && m.owners.length) {
                    for (var i = 0; i < m.owners.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.owners[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RecordsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.RecordsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.RecordsRequest & supercloud.vm.RecordsRequest.$Shape} RecordsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordsRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.RecordsRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.owners && m.owners.length))
                                m.owners = [];
                            m.owners.push(r.bytes());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RecordsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.RecordsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.RecordsRequest} RecordsRequest
             */
            RecordsRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.RecordsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.RecordsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.RecordsRequest();
                if (d.owners) {
                    if (!$Array.isArray(d.owners))
                        throw $TypeError(".supercloud.vm.RecordsRequest.owners: array expected");
                    m.owners = $Array(d.owners.length);
                    for (var i = 0; i < d.owners.length; ++i) {
                        if (typeof d.owners[i] === "string")
                            $util.base64.decode(d.owners[i], m.owners[i] = $util.newBuffer($util.base64.length(d.owners[i])), 0);
                        else if (d.owners[i].length >= 0)
                            m.owners[i] = d.owners[i];
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RecordsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.RecordsRequest
             * @static
             * @param {supercloud.vm.RecordsRequest} m RecordsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.owners = [];
                }
                if (m.owners && m.owners.length) {
                    d.owners = $Array(m.owners.length);
                    for (var j = 0; j < m.owners.length; ++j) {
                        d.owners[j] = o.bytes === $String ? $util.base64.encode(m.owners[j], 0, m.owners[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.owners[j]) : m.owners[j];
                    }
                }
                return d;
            };

            /**
             * Converts this RecordsRequest to JSON.
             * @function toJSON
             * @memberof supercloud.vm.RecordsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordsRequest.prototype.toJSON = function() {
                return RecordsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordsRequest;
        })();

        vm.RecordsResponse = (function() {

            /**
             * Properties of a RecordsResponse.
             * @typedef {Object} supercloud.vm.RecordsResponse.$Properties
             * @property {Array.<supercloud.vm.SignedInventory.$Properties>|null} [inventories] RecordsResponse inventories
             * @property {string|null} [error] RecordsResponse error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordsResponse.
             * @memberof supercloud.vm
             * @interface IRecordsResponse
             * @augments supercloud.vm.RecordsResponse.$Properties
             * @deprecated Use supercloud.vm.RecordsResponse.$Properties instead.
             */

            /**
             * Shape of a RecordsResponse.
             * @typedef {supercloud.vm.RecordsResponse.$Properties} supercloud.vm.RecordsResponse.$Shape
             */

            /**
             * Constructs a new RecordsResponse.
             * @memberof supercloud.vm
             * @classdesc Represents a RecordsResponse.
             * @constructor
             * @param {supercloud.vm.RecordsResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordsResponse = function (p) {
                this.inventories = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RecordsResponse inventories.
             * @member {Array.<supercloud.vm.SignedInventory.$Properties>} inventories
             * @memberof supercloud.vm.RecordsResponse
             * @instance
             */
            RecordsResponse.prototype.inventories = $util.emptyArray;

            /**
             * RecordsResponse error.
             * @member {string} error
             * @memberof supercloud.vm.RecordsResponse
             * @instance
             */
            RecordsResponse.prototype.error = "";

            /**
             * Creates a new RecordsResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.RecordsResponse
             * @static
             * @param {supercloud.vm.RecordsResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.RecordsResponse} RecordsResponse instance
             * @type {{
             *   (properties: supercloud.vm.RecordsResponse.$Shape): supercloud.vm.RecordsResponse & supercloud.vm.RecordsResponse.$Shape;
             *   (properties?: supercloud.vm.RecordsResponse.$Properties): supercloud.vm.RecordsResponse;
             * }}
             */
            RecordsResponse.create = function(properties) {
                return new RecordsResponse(properties);
            };

            /**
             * Encodes the specified RecordsResponse message. Does not implicitly {@link supercloud.vm.RecordsResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.RecordsResponse
             * @static
             * @param {supercloud.vm.RecordsResponse.$Properties} m RecordsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.inventories != null && m.inventories.length) {
                    for (var i = 0; i < m.inventories.length; ++i)
                        $root.supercloud.vm.SignedInventory.encode(m.inventories[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RecordsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.RecordsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.RecordsResponse & supercloud.vm.RecordsResponse.$Shape} RecordsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordsResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.RecordsResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.inventories && m.inventories.length))
                                m.inventories = [];
                            m.inventories.push($root.supercloud.vm.SignedInventory.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RecordsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.RecordsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.RecordsResponse} RecordsResponse
             */
            RecordsResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.RecordsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.RecordsResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.RecordsResponse();
                if (d.inventories) {
                    if (!$Array.isArray(d.inventories))
                        throw $TypeError(".supercloud.vm.RecordsResponse.inventories: array expected");
                    m.inventories = $Array(d.inventories.length);
                    for (var i = 0; i < d.inventories.length; ++i) {
                        if (!$util.isObject(d.inventories[i]))
                            throw $TypeError(".supercloud.vm.RecordsResponse.inventories: object expected");
                        m.inventories[i] = $root.supercloud.vm.SignedInventory.fromObject(d.inventories[i], q + 1);
                    }
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RecordsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.RecordsResponse
             * @static
             * @param {supercloud.vm.RecordsResponse} m RecordsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordsResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.inventories = [];
                }
                if (o.defaults) {
                    d.error = "";
                }
                if (m.inventories && m.inventories.length) {
                    d.inventories = $Array(m.inventories.length);
                    for (var j = 0; j < m.inventories.length; ++j) {
                        d.inventories[j] = $root.supercloud.vm.SignedInventory.toObject(m.inventories[j], o, q + 1);
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this RecordsResponse to JSON.
             * @function toJSON
             * @memberof supercloud.vm.RecordsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordsResponse.prototype.toJSON = function() {
                return RecordsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordsResponse;
        })();

        vm.GuestInfo = (function() {

            /**
             * Properties of a GuestInfo.
             * @typedef {Object} supercloud.vm.GuestInfo.$Properties
             * @property {number|null} [counter] GuestInfo counter
             * @property {string|null} [bootId] GuestInfo bootId
             * @property {boolean|null} [ready] GuestInfo ready
             * @property {number|null} [pagesDirtied] GuestInfo pagesDirtied
             * @property {number|null} [framesReceived] GuestInfo framesReceived
             * @property {number|null} [framesSent] GuestInfo framesSent
             * @property {string|null} [ip] GuestInfo ip
             * @property {string|null} [mac] GuestInfo mac
             * @property {number|null} [panicVector] GuestInfo panicVector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GuestInfo.
             * @memberof supercloud.vm
             * @interface IGuestInfo
             * @augments supercloud.vm.GuestInfo.$Properties
             * @deprecated Use supercloud.vm.GuestInfo.$Properties instead.
             */

            /**
             * Shape of a GuestInfo.
             * @typedef {supercloud.vm.GuestInfo.$Properties} supercloud.vm.GuestInfo.$Shape
             */

            /**
             * Constructs a new GuestInfo.
             * @memberof supercloud.vm
             * @classdesc Represents a GuestInfo.
             * @constructor
             * @param {supercloud.vm.GuestInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GuestInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GuestInfo counter.
             * @member {number} counter
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.counter = 0;

            /**
             * GuestInfo bootId.
             * @member {string} bootId
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.bootId = "";

            /**
             * GuestInfo ready.
             * @member {boolean} ready
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.ready = false;

            /**
             * GuestInfo pagesDirtied.
             * @member {number} pagesDirtied
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.pagesDirtied = 0;

            /**
             * GuestInfo framesReceived.
             * @member {number} framesReceived
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.framesReceived = 0;

            /**
             * GuestInfo framesSent.
             * @member {number} framesSent
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.framesSent = 0;

            /**
             * GuestInfo ip.
             * @member {string} ip
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.ip = "";

            /**
             * GuestInfo mac.
             * @member {string} mac
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.mac = "";

            /**
             * GuestInfo panicVector.
             * @member {number} panicVector
             * @memberof supercloud.vm.GuestInfo
             * @instance
             */
            GuestInfo.prototype.panicVector = 0;

            /**
             * Creates a new GuestInfo instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.GuestInfo
             * @static
             * @param {supercloud.vm.GuestInfo.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.GuestInfo} GuestInfo instance
             * @type {{
             *   (properties: supercloud.vm.GuestInfo.$Shape): supercloud.vm.GuestInfo & supercloud.vm.GuestInfo.$Shape;
             *   (properties?: supercloud.vm.GuestInfo.$Properties): supercloud.vm.GuestInfo;
             * }}
             */
            GuestInfo.create = function(properties) {
                return new GuestInfo(properties);
            };

            /**
             * Encodes the specified GuestInfo message. Does not implicitly {@link supercloud.vm.GuestInfo.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.GuestInfo
             * @static
             * @param {supercloud.vm.GuestInfo.$Properties} m GuestInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GuestInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.counter != null && $Object.hasOwnProperty.call(m, "counter") && !$Object.is(m.counter, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.counter);
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId") && m.bootId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.bootId);
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready") && m.ready !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.ready);
                if (m.pagesDirtied != null && $Object.hasOwnProperty.call(m, "pagesDirtied") && !$Object.is(m.pagesDirtied, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.pagesDirtied);
                if (m.framesReceived != null && $Object.hasOwnProperty.call(m, "framesReceived") && m.framesReceived !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.framesReceived);
                if (m.framesSent != null && $Object.hasOwnProperty.call(m, "framesSent") && m.framesSent !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.framesSent);
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.ip);
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.mac);
                if (m.panicVector != null && $Object.hasOwnProperty.call(m, "panicVector") && m.panicVector !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).int32(m.panicVector);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GuestInfo message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.GuestInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.GuestInfo & supercloud.vm.GuestInfo.$Shape} GuestInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GuestInfo.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.GuestInfo();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.counter = v;
                            else
                                delete m.counter;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.bootId = v;
                            else
                                delete m.bootId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ready = v;
                            else
                                delete m.ready;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.pagesDirtied = v;
                            else
                                delete m.pagesDirtied;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.framesReceived = v;
                            else
                                delete m.framesReceived;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.framesSent = v;
                            else
                                delete m.framesSent;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mac = v;
                            else
                                delete m.mac;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.panicVector = v;
                            else
                                delete m.panicVector;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a GuestInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.GuestInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.GuestInfo} GuestInfo
             */
            GuestInfo.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.GuestInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.GuestInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.GuestInfo();
                if (d.counter != null) {
                    if (!$Object.is($Number(d.counter), 0)) {
                        m.counter = $Number(d.counter);
                    }
                }
                if (d.bootId != null) {
                    if (typeof d.bootId !== "string" || d.bootId.length) {
                        m.bootId = $String(d.bootId);
                    }
                }
                if (d.ready != null) {
                    if (d.ready) {
                        m.ready = $Boolean(d.ready);
                    }
                }
                if (d.pagesDirtied != null) {
                    if (!$Object.is($Number(d.pagesDirtied), 0)) {
                        m.pagesDirtied = $Number(d.pagesDirtied);
                    }
                }
                if (d.framesReceived != null) {
                    if ($Number(d.framesReceived) !== 0) {
                        m.framesReceived = d.framesReceived >>> 0;
                    }
                }
                if (d.framesSent != null) {
                    if ($Number(d.framesSent) !== 0) {
                        m.framesSent = d.framesSent >>> 0;
                    }
                }
                if (d.ip != null) {
                    if (typeof d.ip !== "string" || d.ip.length) {
                        m.ip = $String(d.ip);
                    }
                }
                if (d.mac != null) {
                    if (typeof d.mac !== "string" || d.mac.length) {
                        m.mac = $String(d.mac);
                    }
                }
                if (d.panicVector != null) {
                    if ($Number(d.panicVector) !== 0) {
                        m.panicVector = d.panicVector | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GuestInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.GuestInfo
             * @static
             * @param {supercloud.vm.GuestInfo} m GuestInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GuestInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.counter = 0;
                    d.bootId = "";
                    d.ready = false;
                    d.pagesDirtied = 0;
                    d.framesReceived = 0;
                    d.framesSent = 0;
                    d.ip = "";
                    d.mac = "";
                    d.panicVector = 0;
                }
                if (m.counter != null && $Object.hasOwnProperty.call(m, "counter")) {
                    d.counter = o.json && !$isFinite(m.counter) ? $String(m.counter) : m.counter;
                }
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId")) {
                    d.bootId = m.bootId;
                }
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    d.ready = m.ready;
                }
                if (m.pagesDirtied != null && $Object.hasOwnProperty.call(m, "pagesDirtied")) {
                    d.pagesDirtied = o.json && !$isFinite(m.pagesDirtied) ? $String(m.pagesDirtied) : m.pagesDirtied;
                }
                if (m.framesReceived != null && $Object.hasOwnProperty.call(m, "framesReceived")) {
                    d.framesReceived = m.framesReceived;
                }
                if (m.framesSent != null && $Object.hasOwnProperty.call(m, "framesSent")) {
                    d.framesSent = m.framesSent;
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    d.ip = m.ip;
                }
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                    d.mac = m.mac;
                }
                if (m.panicVector != null && $Object.hasOwnProperty.call(m, "panicVector")) {
                    d.panicVector = m.panicVector;
                }
                return d;
            };

            /**
             * Converts this GuestInfo to JSON.
             * @function toJSON
             * @memberof supercloud.vm.GuestInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GuestInfo.prototype.toJSON = function() {
                return GuestInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GuestInfo;
        })();

        vm.VmDetail = (function() {

            /**
             * Properties of a VmDetail.
             * @typedef {Object} supercloud.vm.VmDetail.$Properties
             * @property {supercloud.vm.VmRecord.$Properties|null} [record] VmDetail record
             * @property {supercloud.vm.GuestInfo.$Properties|null} [guest] VmDetail guest
             * @property {string|null} [note] VmDetail note
             * @property {supercloud.vm.Protection.$Properties|null} [protection] VmDetail protection
             * @property {supercloud.vm.GuestInfo.$Properties|null} [guestLive] VmDetail guestLive
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmDetail.
             * @memberof supercloud.vm
             * @interface IVmDetail
             * @augments supercloud.vm.VmDetail.$Properties
             * @deprecated Use supercloud.vm.VmDetail.$Properties instead.
             */

            /**
             * Shape of a VmDetail.
             * @typedef {supercloud.vm.VmDetail.$Properties} supercloud.vm.VmDetail.$Shape
             */

            /**
             * Constructs a new VmDetail.
             * @memberof supercloud.vm
             * @classdesc Represents a VmDetail.
             * @constructor
             * @param {supercloud.vm.VmDetail.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmDetail = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmDetail record.
             * @member {supercloud.vm.VmRecord.$Properties|null|undefined} record
             * @memberof supercloud.vm.VmDetail
             * @instance
             */
            VmDetail.prototype.record = null;

            /**
             * VmDetail guest.
             * @member {supercloud.vm.GuestInfo.$Properties|null|undefined} guest
             * @memberof supercloud.vm.VmDetail
             * @instance
             */
            VmDetail.prototype.guest = null;

            /**
             * VmDetail note.
             * @member {string} note
             * @memberof supercloud.vm.VmDetail
             * @instance
             */
            VmDetail.prototype.note = "";

            /**
             * VmDetail protection.
             * @member {supercloud.vm.Protection.$Properties|null|undefined} protection
             * @memberof supercloud.vm.VmDetail
             * @instance
             */
            VmDetail.prototype.protection = null;

            /**
             * VmDetail guestLive.
             * @member {supercloud.vm.GuestInfo.$Properties|null|undefined} guestLive
             * @memberof supercloud.vm.VmDetail
             * @instance
             */
            VmDetail.prototype.guestLive = null;

            /**
             * Creates a new VmDetail instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmDetail
             * @static
             * @param {supercloud.vm.VmDetail.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmDetail} VmDetail instance
             * @type {{
             *   (properties: supercloud.vm.VmDetail.$Shape): supercloud.vm.VmDetail & supercloud.vm.VmDetail.$Shape;
             *   (properties?: supercloud.vm.VmDetail.$Properties): supercloud.vm.VmDetail;
             * }}
             */
            VmDetail.create = function(properties) {
                return new VmDetail(properties);
            };

            /**
             * Encodes the specified VmDetail message. Does not implicitly {@link supercloud.vm.VmDetail.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmDetail
             * @static
             * @param {supercloud.vm.VmDetail.$Properties} m VmDetail message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmDetail.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.record != null && $Object.hasOwnProperty.call(m, "record"))
                    $root.supercloud.vm.VmRecord.encode(m.record, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest"))
                    $root.supercloud.vm.GuestInfo.encode(m.guest, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.note != null && $Object.hasOwnProperty.call(m, "note") && m.note !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.note);
                if (m.protection != null && $Object.hasOwnProperty.call(m, "protection"))
                    $root.supercloud.vm.Protection.encode(m.protection, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.guestLive != null && $Object.hasOwnProperty.call(m, "guestLive"))
                    $root.supercloud.vm.GuestInfo.encode(m.guestLive, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmDetail message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmDetail
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmDetail & supercloud.vm.VmDetail.$Shape} VmDetail
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmDetail.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmDetail();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.record = $root.supercloud.vm.VmRecord.decode(r, r.size(), $undefined, q + 1, m.record);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.guest = $root.supercloud.vm.GuestInfo.decode(r, r.size(), $undefined, q + 1, m.guest);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.note = v;
                            else
                                delete m.note;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.protection = $root.supercloud.vm.Protection.decode(r, r.size(), $undefined, q + 1, m.protection);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.guestLive = $root.supercloud.vm.GuestInfo.decode(r, r.size(), $undefined, q + 1, m.guestLive);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmDetail message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmDetail
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmDetail} VmDetail
             */
            VmDetail.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmDetail)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmDetail: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmDetail();
                if (d.record != null) {
                    if (!$util.isObject(d.record))
                        throw $TypeError(".supercloud.vm.VmDetail.record: object expected");
                    m.record = $root.supercloud.vm.VmRecord.fromObject(d.record, q + 1);
                }
                if (d.guest != null) {
                    if (!$util.isObject(d.guest))
                        throw $TypeError(".supercloud.vm.VmDetail.guest: object expected");
                    m.guest = $root.supercloud.vm.GuestInfo.fromObject(d.guest, q + 1);
                }
                if (d.note != null) {
                    if (typeof d.note !== "string" || d.note.length) {
                        m.note = $String(d.note);
                    }
                }
                if (d.protection != null) {
                    if (!$util.isObject(d.protection))
                        throw $TypeError(".supercloud.vm.VmDetail.protection: object expected");
                    m.protection = $root.supercloud.vm.Protection.fromObject(d.protection, q + 1);
                }
                if (d.guestLive != null) {
                    if (!$util.isObject(d.guestLive))
                        throw $TypeError(".supercloud.vm.VmDetail.guestLive: object expected");
                    m.guestLive = $root.supercloud.vm.GuestInfo.fromObject(d.guestLive, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a VmDetail message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmDetail
             * @static
             * @param {supercloud.vm.VmDetail} m VmDetail
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmDetail.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.record = null;
                    d.guest = null;
                    d.note = "";
                    d.protection = null;
                    d.guestLive = null;
                }
                if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                    d.record = $root.supercloud.vm.VmRecord.toObject(m.record, o, q + 1);
                }
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest")) {
                    d.guest = $root.supercloud.vm.GuestInfo.toObject(m.guest, o, q + 1);
                }
                if (m.note != null && $Object.hasOwnProperty.call(m, "note")) {
                    d.note = m.note;
                }
                if (m.protection != null && $Object.hasOwnProperty.call(m, "protection")) {
                    d.protection = $root.supercloud.vm.Protection.toObject(m.protection, o, q + 1);
                }
                if (m.guestLive != null && $Object.hasOwnProperty.call(m, "guestLive")) {
                    d.guestLive = $root.supercloud.vm.GuestInfo.toObject(m.guestLive, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this VmDetail to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmDetail
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmDetail.prototype.toJSON = function() {
                return VmDetail.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmDetail;
        })();

        vm.Protection = (function() {

            /**
             * Properties of a Protection.
             * @typedef {Object} supercloud.vm.Protection.$Properties
             * @property {string|null} [state] Protection state
             * @property {Uint8Array|null} [standby] Protection standby
             * @property {number|null} [lastCheckpointAgeMs] Protection lastCheckpointAgeMs
             * @property {number|null} [framesHeld] Protection framesHeld
             * @property {number|null} [epoch] Protection epoch
             * @property {number|null} [intervalMs] Protection intervalMs
             * @property {string|null} [reason] Protection reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Protection.
             * @memberof supercloud.vm
             * @interface IProtection
             * @augments supercloud.vm.Protection.$Properties
             * @deprecated Use supercloud.vm.Protection.$Properties instead.
             */

            /**
             * Shape of a Protection.
             * @typedef {supercloud.vm.Protection.$Properties} supercloud.vm.Protection.$Shape
             */

            /**
             * Constructs a new Protection.
             * @memberof supercloud.vm
             * @classdesc Represents a Protection.
             * @constructor
             * @param {supercloud.vm.Protection.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Protection = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Protection state.
             * @member {string} state
             * @memberof supercloud.vm.Protection
             * @instance
             */
            Protection.prototype.state = "";

            /**
             * Protection standby.
             * @member {Uint8Array} standby
             * @memberof supercloud.vm.Protection
             * @instance
             */
            Protection.prototype.standby = $util.newBuffer([]);

            /**
             * Protection lastCheckpointAgeMs.
             * @member {number} lastCheckpointAgeMs
             * @memberof supercloud.vm.Protection
             * @instance
             */
            Protection.prototype.lastCheckpointAgeMs = 0;

            /**
             * Protection framesHeld.
             * @member {number} framesHeld
             * @memberof supercloud.vm.Protection
             * @instance
             */
            Protection.prototype.framesHeld = 0;

            /**
             * Protection epoch.
             * @member {number} epoch
             * @memberof supercloud.vm.Protection
             * @instance
             */
            Protection.prototype.epoch = 0;

            /**
             * Protection intervalMs.
             * @member {number} intervalMs
             * @memberof supercloud.vm.Protection
             * @instance
             */
            Protection.prototype.intervalMs = 0;

            /**
             * Protection reason.
             * @member {string} reason
             * @memberof supercloud.vm.Protection
             * @instance
             */
            Protection.prototype.reason = "";

            /**
             * Creates a new Protection instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.Protection
             * @static
             * @param {supercloud.vm.Protection.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.Protection} Protection instance
             * @type {{
             *   (properties: supercloud.vm.Protection.$Shape): supercloud.vm.Protection & supercloud.vm.Protection.$Shape;
             *   (properties?: supercloud.vm.Protection.$Properties): supercloud.vm.Protection;
             * }}
             */
            Protection.create = function(properties) {
                return new Protection(properties);
            };

            /**
             * Encodes the specified Protection message. Does not implicitly {@link supercloud.vm.Protection.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.Protection
             * @static
             * @param {supercloud.vm.Protection.$Properties} m Protection message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Protection.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.state);
                if (m.standby != null && $Object.hasOwnProperty.call(m, "standby") && m.standby.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.standby);
                if (m.lastCheckpointAgeMs != null && $Object.hasOwnProperty.call(m, "lastCheckpointAgeMs") && !$Object.is(m.lastCheckpointAgeMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.lastCheckpointAgeMs);
                if (m.framesHeld != null && $Object.hasOwnProperty.call(m, "framesHeld") && m.framesHeld !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.framesHeld);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.epoch);
                if (m.intervalMs != null && $Object.hasOwnProperty.call(m, "intervalMs") && !$Object.is(m.intervalMs, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.intervalMs);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Protection message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.Protection
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.Protection & supercloud.vm.Protection.$Shape} Protection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Protection.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.Protection();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.standby = v;
                            else
                                delete m.standby;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lastCheckpointAgeMs = v;
                            else
                                delete m.lastCheckpointAgeMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.framesHeld = v;
                            else
                                delete m.framesHeld;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.intervalMs = v;
                            else
                                delete m.intervalMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Protection message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.Protection
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.Protection} Protection
             */
            Protection.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.Protection)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.Protection: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.Protection();
                if (d.state != null) {
                    if (typeof d.state !== "string" || d.state.length) {
                        m.state = $String(d.state);
                    }
                }
                if (d.standby != null) {
                    if (d.standby.length) {
                        if (typeof d.standby === "string")
                            $util.base64.decode(d.standby, m.standby = $util.newBuffer($util.base64.length(d.standby)), 0);
                        else if (d.standby.length >= 0)
                            m.standby = d.standby;
                    }
                }
                if (d.lastCheckpointAgeMs != null) {
                    if (!$Object.is($Number(d.lastCheckpointAgeMs), 0)) {
                        m.lastCheckpointAgeMs = $Number(d.lastCheckpointAgeMs);
                    }
                }
                if (d.framesHeld != null) {
                    if ($Number(d.framesHeld) !== 0) {
                        m.framesHeld = d.framesHeld >>> 0;
                    }
                }
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                if (d.intervalMs != null) {
                    if (!$Object.is($Number(d.intervalMs), 0)) {
                        m.intervalMs = $Number(d.intervalMs);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Protection message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.Protection
             * @static
             * @param {supercloud.vm.Protection} m Protection
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Protection.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.state = "";
                    if (o.bytes === $String)
                        d.standby = "";
                    else {
                        d.standby = [];
                        if (o.bytes !== $Array)
                            d.standby = $util.newBuffer(d.standby);
                    }
                    d.lastCheckpointAgeMs = 0;
                    d.framesHeld = 0;
                    d.epoch = 0;
                    d.intervalMs = 0;
                    d.reason = "";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = m.state;
                }
                if (m.standby != null && $Object.hasOwnProperty.call(m, "standby")) {
                    d.standby = o.bytes === $String ? $util.base64.encode(m.standby, 0, m.standby.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.standby) : m.standby;
                }
                if (m.lastCheckpointAgeMs != null && $Object.hasOwnProperty.call(m, "lastCheckpointAgeMs")) {
                    d.lastCheckpointAgeMs = o.json && !$isFinite(m.lastCheckpointAgeMs) ? $String(m.lastCheckpointAgeMs) : m.lastCheckpointAgeMs;
                }
                if (m.framesHeld != null && $Object.hasOwnProperty.call(m, "framesHeld")) {
                    d.framesHeld = m.framesHeld;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                if (m.intervalMs != null && $Object.hasOwnProperty.call(m, "intervalMs")) {
                    d.intervalMs = o.json && !$isFinite(m.intervalMs) ? $String(m.intervalMs) : m.intervalMs;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Protection to JSON.
             * @function toJSON
             * @memberof supercloud.vm.Protection
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Protection.prototype.toJSON = function() {
                return Protection.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Protection;
        })();

        vm.CreateVm = (function() {

            /**
             * Properties of a CreateVm.
             * @typedef {Object} supercloud.vm.CreateVm.$Properties
             * @property {supercloud.vm.VmSpec.$Properties|null} [spec] CreateVm spec
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateVm.
             * @memberof supercloud.vm
             * @interface ICreateVm
             * @augments supercloud.vm.CreateVm.$Properties
             * @deprecated Use supercloud.vm.CreateVm.$Properties instead.
             */

            /**
             * Shape of a CreateVm.
             * @typedef {supercloud.vm.CreateVm.$Properties} supercloud.vm.CreateVm.$Shape
             */

            /**
             * Constructs a new CreateVm.
             * @memberof supercloud.vm
             * @classdesc Represents a CreateVm.
             * @constructor
             * @param {supercloud.vm.CreateVm.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateVm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CreateVm spec.
             * @member {supercloud.vm.VmSpec.$Properties|null|undefined} spec
             * @memberof supercloud.vm.CreateVm
             * @instance
             */
            CreateVm.prototype.spec = null;

            /**
             * Creates a new CreateVm instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.CreateVm
             * @static
             * @param {supercloud.vm.CreateVm.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.CreateVm} CreateVm instance
             * @type {{
             *   (properties: supercloud.vm.CreateVm.$Shape): supercloud.vm.CreateVm & supercloud.vm.CreateVm.$Shape;
             *   (properties?: supercloud.vm.CreateVm.$Properties): supercloud.vm.CreateVm;
             * }}
             */
            CreateVm.create = function(properties) {
                return new CreateVm(properties);
            };

            /**
             * Encodes the specified CreateVm message. Does not implicitly {@link supercloud.vm.CreateVm.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.CreateVm
             * @static
             * @param {supercloud.vm.CreateVm.$Properties} m CreateVm message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateVm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.supercloud.vm.VmSpec.encode(m.spec, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CreateVm message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.CreateVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.CreateVm & supercloud.vm.CreateVm.$Shape} CreateVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateVm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.CreateVm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.spec = $root.supercloud.vm.VmSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CreateVm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.CreateVm
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.CreateVm} CreateVm
             */
            CreateVm.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.CreateVm)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.CreateVm: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.CreateVm();
                if (d.spec != null) {
                    if (!$util.isObject(d.spec))
                        throw $TypeError(".supercloud.vm.CreateVm.spec: object expected");
                    m.spec = $root.supercloud.vm.VmSpec.fromObject(d.spec, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a CreateVm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.CreateVm
             * @static
             * @param {supercloud.vm.CreateVm} m CreateVm
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateVm.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.spec = null;
                }
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                    d.spec = $root.supercloud.vm.VmSpec.toObject(m.spec, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this CreateVm to JSON.
             * @function toJSON
             * @memberof supercloud.vm.CreateVm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateVm.prototype.toJSON = function() {
                return CreateVm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CreateVm;
        })();

        vm.VmAction = (function() {

            /**
             * Properties of a VmAction.
             * @typedef {Object} supercloud.vm.VmAction.$Properties
             * @property {string|null} [vmId] VmAction vmId
             * @property {string|null} [action] VmAction action
             * @property {string|null} [standby] VmAction standby
             * @property {number|null} [checkpointIntervalMs] VmAction checkpointIntervalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmAction.
             * @memberof supercloud.vm
             * @interface IVmAction
             * @augments supercloud.vm.VmAction.$Properties
             * @deprecated Use supercloud.vm.VmAction.$Properties instead.
             */

            /**
             * Shape of a VmAction.
             * @typedef {supercloud.vm.VmAction.$Properties} supercloud.vm.VmAction.$Shape
             */

            /**
             * Constructs a new VmAction.
             * @memberof supercloud.vm
             * @classdesc Represents a VmAction.
             * @constructor
             * @param {supercloud.vm.VmAction.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmAction = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmAction vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.VmAction
             * @instance
             */
            VmAction.prototype.vmId = "";

            /**
             * VmAction action.
             * @member {string} action
             * @memberof supercloud.vm.VmAction
             * @instance
             */
            VmAction.prototype.action = "";

            /**
             * VmAction standby.
             * @member {string} standby
             * @memberof supercloud.vm.VmAction
             * @instance
             */
            VmAction.prototype.standby = "";

            /**
             * VmAction checkpointIntervalMs.
             * @member {number} checkpointIntervalMs
             * @memberof supercloud.vm.VmAction
             * @instance
             */
            VmAction.prototype.checkpointIntervalMs = 0;

            /**
             * Creates a new VmAction instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmAction
             * @static
             * @param {supercloud.vm.VmAction.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmAction} VmAction instance
             * @type {{
             *   (properties: supercloud.vm.VmAction.$Shape): supercloud.vm.VmAction & supercloud.vm.VmAction.$Shape;
             *   (properties?: supercloud.vm.VmAction.$Properties): supercloud.vm.VmAction;
             * }}
             */
            VmAction.create = function(properties) {
                return new VmAction(properties);
            };

            /**
             * Encodes the specified VmAction message. Does not implicitly {@link supercloud.vm.VmAction.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmAction
             * @static
             * @param {supercloud.vm.VmAction.$Properties} m VmAction message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmAction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.action);
                if (m.standby != null && $Object.hasOwnProperty.call(m, "standby") && m.standby !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.standby);
                if (m.checkpointIntervalMs != null && $Object.hasOwnProperty.call(m, "checkpointIntervalMs") && m.checkpointIntervalMs !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.checkpointIntervalMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmAction message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmAction & supercloud.vm.VmAction.$Shape} VmAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmAction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmAction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.standby = v;
                            else
                                delete m.standby;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.checkpointIntervalMs = v;
                            else
                                delete m.checkpointIntervalMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmAction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmAction
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmAction} VmAction
             */
            VmAction.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmAction)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmAction: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmAction();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.action != null) {
                    if (typeof d.action !== "string" || d.action.length) {
                        m.action = $String(d.action);
                    }
                }
                if (d.standby != null) {
                    if (typeof d.standby !== "string" || d.standby.length) {
                        m.standby = $String(d.standby);
                    }
                }
                if (d.checkpointIntervalMs != null) {
                    if ($Number(d.checkpointIntervalMs) !== 0) {
                        m.checkpointIntervalMs = d.checkpointIntervalMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmAction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmAction
             * @static
             * @param {supercloud.vm.VmAction} m VmAction
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmAction.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                    d.action = "";
                    d.standby = "";
                    d.checkpointIntervalMs = 0;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    d.action = m.action;
                }
                if (m.standby != null && $Object.hasOwnProperty.call(m, "standby")) {
                    d.standby = m.standby;
                }
                if (m.checkpointIntervalMs != null && $Object.hasOwnProperty.call(m, "checkpointIntervalMs")) {
                    d.checkpointIntervalMs = m.checkpointIntervalMs;
                }
                return d;
            };

            /**
             * Converts this VmAction to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmAction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmAction.prototype.toJSON = function() {
                return VmAction.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmAction;
        })();

        vm.ShowVm = (function() {

            /**
             * Properties of a ShowVm.
             * @typedef {Object} supercloud.vm.ShowVm.$Properties
             * @property {string|null} [vmId] ShowVm vmId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShowVm.
             * @memberof supercloud.vm
             * @interface IShowVm
             * @augments supercloud.vm.ShowVm.$Properties
             * @deprecated Use supercloud.vm.ShowVm.$Properties instead.
             */

            /**
             * Shape of a ShowVm.
             * @typedef {supercloud.vm.ShowVm.$Properties} supercloud.vm.ShowVm.$Shape
             */

            /**
             * Constructs a new ShowVm.
             * @memberof supercloud.vm
             * @classdesc Represents a ShowVm.
             * @constructor
             * @param {supercloud.vm.ShowVm.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShowVm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ShowVm vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.ShowVm
             * @instance
             */
            ShowVm.prototype.vmId = "";

            /**
             * Creates a new ShowVm instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.ShowVm
             * @static
             * @param {supercloud.vm.ShowVm.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.ShowVm} ShowVm instance
             * @type {{
             *   (properties: supercloud.vm.ShowVm.$Shape): supercloud.vm.ShowVm & supercloud.vm.ShowVm.$Shape;
             *   (properties?: supercloud.vm.ShowVm.$Properties): supercloud.vm.ShowVm;
             * }}
             */
            ShowVm.create = function(properties) {
                return new ShowVm(properties);
            };

            /**
             * Encodes the specified ShowVm message. Does not implicitly {@link supercloud.vm.ShowVm.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.ShowVm
             * @static
             * @param {supercloud.vm.ShowVm.$Properties} m ShowVm message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShowVm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ShowVm message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.ShowVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.ShowVm & supercloud.vm.ShowVm.$Shape} ShowVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShowVm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.ShowVm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ShowVm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.ShowVm
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.ShowVm} ShowVm
             */
            ShowVm.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.ShowVm)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.ShowVm: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.ShowVm();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ShowVm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.ShowVm
             * @static
             * @param {supercloud.vm.ShowVm} m ShowVm
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShowVm.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                return d;
            };

            /**
             * Converts this ShowVm to JSON.
             * @function toJSON
             * @memberof supercloud.vm.ShowVm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShowVm.prototype.toJSON = function() {
                return ShowVm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ShowVm;
        })();

        vm.ListVms = (function() {

            /**
             * Properties of a ListVms.
             * @typedef {Object} supercloud.vm.ListVms.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListVms.
             * @memberof supercloud.vm
             * @interface IListVms
             * @augments supercloud.vm.ListVms.$Properties
             * @deprecated Use supercloud.vm.ListVms.$Properties instead.
             */

            /**
             * Shape of a ListVms.
             * @typedef {supercloud.vm.ListVms.$Properties} supercloud.vm.ListVms.$Shape
             */

            /**
             * Constructs a new ListVms.
             * @memberof supercloud.vm
             * @classdesc Represents a ListVms.
             * @constructor
             * @param {supercloud.vm.ListVms.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListVms = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new ListVms instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.ListVms
             * @static
             * @param {supercloud.vm.ListVms.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.ListVms} ListVms instance
             * @type {{
             *   (properties: supercloud.vm.ListVms.$Shape): supercloud.vm.ListVms & supercloud.vm.ListVms.$Shape;
             *   (properties?: supercloud.vm.ListVms.$Properties): supercloud.vm.ListVms;
             * }}
             */
            ListVms.create = function(properties) {
                return new ListVms(properties);
            };

            /**
             * Encodes the specified ListVms message. Does not implicitly {@link supercloud.vm.ListVms.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.ListVms
             * @static
             * @param {supercloud.vm.ListVms.$Properties} m ListVms message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListVms.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListVms message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.ListVms
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.ListVms & supercloud.vm.ListVms.$Shape} ListVms
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListVms.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.ListVms();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ListVms message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.ListVms
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.ListVms} ListVms
             */
            ListVms.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.ListVms)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.ListVms: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.supercloud.vm.ListVms();
            };

            /**
             * Creates a plain object from a ListVms message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.ListVms
             * @static
             * @param {supercloud.vm.ListVms} m ListVms
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListVms.toObject = function () {
                return {};
            };

            /**
             * Converts this ListVms to JSON.
             * @function toJSON
             * @memberof supercloud.vm.ListVms
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListVms.prototype.toJSON = function() {
                return ListVms.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListVms;
        })();

        vm.VmLogs = (function() {

            /**
             * Properties of a VmLogs.
             * @typedef {Object} supercloud.vm.VmLogs.$Properties
             * @property {string|null} [vmId] VmLogs vmId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmLogs.
             * @memberof supercloud.vm
             * @interface IVmLogs
             * @augments supercloud.vm.VmLogs.$Properties
             * @deprecated Use supercloud.vm.VmLogs.$Properties instead.
             */

            /**
             * Shape of a VmLogs.
             * @typedef {supercloud.vm.VmLogs.$Properties} supercloud.vm.VmLogs.$Shape
             */

            /**
             * Constructs a new VmLogs.
             * @memberof supercloud.vm
             * @classdesc Represents a VmLogs.
             * @constructor
             * @param {supercloud.vm.VmLogs.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmLogs = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmLogs vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.VmLogs
             * @instance
             */
            VmLogs.prototype.vmId = "";

            /**
             * Creates a new VmLogs instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmLogs
             * @static
             * @param {supercloud.vm.VmLogs.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmLogs} VmLogs instance
             * @type {{
             *   (properties: supercloud.vm.VmLogs.$Shape): supercloud.vm.VmLogs & supercloud.vm.VmLogs.$Shape;
             *   (properties?: supercloud.vm.VmLogs.$Properties): supercloud.vm.VmLogs;
             * }}
             */
            VmLogs.create = function(properties) {
                return new VmLogs(properties);
            };

            /**
             * Encodes the specified VmLogs message. Does not implicitly {@link supercloud.vm.VmLogs.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmLogs
             * @static
             * @param {supercloud.vm.VmLogs.$Properties} m VmLogs message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmLogs.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmLogs message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmLogs
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmLogs & supercloud.vm.VmLogs.$Shape} VmLogs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmLogs.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmLogs();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmLogs message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmLogs
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmLogs} VmLogs
             */
            VmLogs.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmLogs)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmLogs: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmLogs();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmLogs message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmLogs
             * @static
             * @param {supercloud.vm.VmLogs} m VmLogs
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmLogs.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                return d;
            };

            /**
             * Converts this VmLogs to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmLogs
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmLogs.prototype.toJSON = function() {
                return VmLogs.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmLogs;
        })();

        vm.AttachVm = (function() {

            /**
             * Properties of an AttachVm.
             * @typedef {Object} supercloud.vm.AttachVm.$Properties
             * @property {string|null} [vmId] AttachVm vmId
             * @property {supercloud.vm.VmNet.$Properties|null} [net] AttachVm net
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachVm.
             * @memberof supercloud.vm
             * @interface IAttachVm
             * @augments supercloud.vm.AttachVm.$Properties
             * @deprecated Use supercloud.vm.AttachVm.$Properties instead.
             */

            /**
             * Shape of an AttachVm.
             * @typedef {supercloud.vm.AttachVm.$Properties} supercloud.vm.AttachVm.$Shape
             */

            /**
             * Constructs a new AttachVm.
             * @memberof supercloud.vm
             * @classdesc Represents an AttachVm.
             * @constructor
             * @param {supercloud.vm.AttachVm.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachVm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AttachVm vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.AttachVm
             * @instance
             */
            AttachVm.prototype.vmId = "";

            /**
             * AttachVm net.
             * @member {supercloud.vm.VmNet.$Properties|null|undefined} net
             * @memberof supercloud.vm.AttachVm
             * @instance
             */
            AttachVm.prototype.net = null;

            /**
             * Creates a new AttachVm instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.AttachVm
             * @static
             * @param {supercloud.vm.AttachVm.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.AttachVm} AttachVm instance
             * @type {{
             *   (properties: supercloud.vm.AttachVm.$Shape): supercloud.vm.AttachVm & supercloud.vm.AttachVm.$Shape;
             *   (properties?: supercloud.vm.AttachVm.$Properties): supercloud.vm.AttachVm;
             * }}
             */
            AttachVm.create = function(properties) {
                return new AttachVm(properties);
            };

            /**
             * Encodes the specified AttachVm message. Does not implicitly {@link supercloud.vm.AttachVm.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.AttachVm
             * @static
             * @param {supercloud.vm.AttachVm.$Properties} m AttachVm message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachVm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.net != null && $Object.hasOwnProperty.call(m, "net"))
                    $root.supercloud.vm.VmNet.encode(m.net, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AttachVm message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.AttachVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.AttachVm & supercloud.vm.AttachVm.$Shape} AttachVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachVm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.AttachVm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.net = $root.supercloud.vm.VmNet.decode(r, r.size(), $undefined, q + 1, m.net);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AttachVm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.AttachVm
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.AttachVm} AttachVm
             */
            AttachVm.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.AttachVm)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.AttachVm: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.AttachVm();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.net != null) {
                    if (!$util.isObject(d.net))
                        throw $TypeError(".supercloud.vm.AttachVm.net: object expected");
                    m.net = $root.supercloud.vm.VmNet.fromObject(d.net, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AttachVm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.AttachVm
             * @static
             * @param {supercloud.vm.AttachVm} m AttachVm
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AttachVm.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                    d.net = null;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.net != null && $Object.hasOwnProperty.call(m, "net")) {
                    d.net = $root.supercloud.vm.VmNet.toObject(m.net, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this AttachVm to JSON.
             * @function toJSON
             * @memberof supercloud.vm.AttachVm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AttachVm.prototype.toJSON = function() {
                return AttachVm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AttachVm;
        })();

        vm.DetachVm = (function() {

            /**
             * Properties of a DetachVm.
             * @typedef {Object} supercloud.vm.DetachVm.$Properties
             * @property {string|null} [vmId] DetachVm vmId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetachVm.
             * @memberof supercloud.vm
             * @interface IDetachVm
             * @augments supercloud.vm.DetachVm.$Properties
             * @deprecated Use supercloud.vm.DetachVm.$Properties instead.
             */

            /**
             * Shape of a DetachVm.
             * @typedef {supercloud.vm.DetachVm.$Properties} supercloud.vm.DetachVm.$Shape
             */

            /**
             * Constructs a new DetachVm.
             * @memberof supercloud.vm
             * @classdesc Represents a DetachVm.
             * @constructor
             * @param {supercloud.vm.DetachVm.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetachVm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DetachVm vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.DetachVm
             * @instance
             */
            DetachVm.prototype.vmId = "";

            /**
             * Creates a new DetachVm instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.DetachVm
             * @static
             * @param {supercloud.vm.DetachVm.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.DetachVm} DetachVm instance
             * @type {{
             *   (properties: supercloud.vm.DetachVm.$Shape): supercloud.vm.DetachVm & supercloud.vm.DetachVm.$Shape;
             *   (properties?: supercloud.vm.DetachVm.$Properties): supercloud.vm.DetachVm;
             * }}
             */
            DetachVm.create = function(properties) {
                return new DetachVm(properties);
            };

            /**
             * Encodes the specified DetachVm message. Does not implicitly {@link supercloud.vm.DetachVm.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.DetachVm
             * @static
             * @param {supercloud.vm.DetachVm.$Properties} m DetachVm message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetachVm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DetachVm message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.DetachVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.DetachVm & supercloud.vm.DetachVm.$Shape} DetachVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetachVm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.DetachVm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DetachVm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.DetachVm
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.DetachVm} DetachVm
             */
            DetachVm.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.DetachVm)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.DetachVm: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.DetachVm();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DetachVm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.DetachVm
             * @static
             * @param {supercloud.vm.DetachVm} m DetachVm
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DetachVm.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                return d;
            };

            /**
             * Converts this DetachVm to JSON.
             * @function toJSON
             * @memberof supercloud.vm.DetachVm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DetachVm.prototype.toJSON = function() {
                return DetachVm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DetachVm;
        })();

        vm.MigrateVm = (function() {

            /**
             * Properties of a MigrateVm.
             * @typedef {Object} supercloud.vm.MigrateVm.$Properties
             * @property {string|null} [vmId] MigrateVm vmId
             * @property {Uint8Array|null} [to] MigrateVm to
             * @property {string|null} [mode] MigrateVm mode
             * @property {number|null} [downtimeTargetMs] MigrateVm downtimeTargetMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateVm.
             * @memberof supercloud.vm
             * @interface IMigrateVm
             * @augments supercloud.vm.MigrateVm.$Properties
             * @deprecated Use supercloud.vm.MigrateVm.$Properties instead.
             */

            /**
             * Shape of a MigrateVm.
             * @typedef {supercloud.vm.MigrateVm.$Properties} supercloud.vm.MigrateVm.$Shape
             */

            /**
             * Constructs a new MigrateVm.
             * @memberof supercloud.vm
             * @classdesc Represents a MigrateVm.
             * @constructor
             * @param {supercloud.vm.MigrateVm.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateVm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MigrateVm vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.MigrateVm
             * @instance
             */
            MigrateVm.prototype.vmId = "";

            /**
             * MigrateVm to.
             * @member {Uint8Array} to
             * @memberof supercloud.vm.MigrateVm
             * @instance
             */
            MigrateVm.prototype.to = $util.newBuffer([]);

            /**
             * MigrateVm mode.
             * @member {string} mode
             * @memberof supercloud.vm.MigrateVm
             * @instance
             */
            MigrateVm.prototype.mode = "";

            /**
             * MigrateVm downtimeTargetMs.
             * @member {number} downtimeTargetMs
             * @memberof supercloud.vm.MigrateVm
             * @instance
             */
            MigrateVm.prototype.downtimeTargetMs = 0;

            /**
             * Creates a new MigrateVm instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.MigrateVm
             * @static
             * @param {supercloud.vm.MigrateVm.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.MigrateVm} MigrateVm instance
             * @type {{
             *   (properties: supercloud.vm.MigrateVm.$Shape): supercloud.vm.MigrateVm & supercloud.vm.MigrateVm.$Shape;
             *   (properties?: supercloud.vm.MigrateVm.$Properties): supercloud.vm.MigrateVm;
             * }}
             */
            MigrateVm.create = function(properties) {
                return new MigrateVm(properties);
            };

            /**
             * Encodes the specified MigrateVm message. Does not implicitly {@link supercloud.vm.MigrateVm.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.MigrateVm
             * @static
             * @param {supercloud.vm.MigrateVm.$Properties} m MigrateVm message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateVm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.to);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.mode);
                if (m.downtimeTargetMs != null && $Object.hasOwnProperty.call(m, "downtimeTargetMs") && !$Object.is(m.downtimeTargetMs, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.downtimeTargetMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MigrateVm message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.MigrateVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.MigrateVm & supercloud.vm.MigrateVm.$Shape} MigrateVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateVm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.MigrateVm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.downtimeTargetMs = v;
                            else
                                delete m.downtimeTargetMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MigrateVm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.MigrateVm
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.MigrateVm} MigrateVm
             */
            MigrateVm.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.MigrateVm)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.MigrateVm: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.MigrateVm();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.to != null) {
                    if (d.to.length) {
                        if (typeof d.to === "string")
                            $util.base64.decode(d.to, m.to = $util.newBuffer($util.base64.length(d.to)), 0);
                        else if (d.to.length >= 0)
                            m.to = d.to;
                    }
                }
                if (d.mode != null) {
                    if (typeof d.mode !== "string" || d.mode.length) {
                        m.mode = $String(d.mode);
                    }
                }
                if (d.downtimeTargetMs != null) {
                    if (!$Object.is($Number(d.downtimeTargetMs), 0)) {
                        m.downtimeTargetMs = $Number(d.downtimeTargetMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MigrateVm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.MigrateVm
             * @static
             * @param {supercloud.vm.MigrateVm} m MigrateVm
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateVm.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                    if (o.bytes === $String)
                        d.to = "";
                    else {
                        d.to = [];
                        if (o.bytes !== $Array)
                            d.to = $util.newBuffer(d.to);
                    }
                    d.mode = "";
                    d.downtimeTargetMs = 0;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = o.bytes === $String ? $util.base64.encode(m.to, 0, m.to.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.to) : m.to;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                if (m.downtimeTargetMs != null && $Object.hasOwnProperty.call(m, "downtimeTargetMs")) {
                    d.downtimeTargetMs = o.json && !$isFinite(m.downtimeTargetMs) ? $String(m.downtimeTargetMs) : m.downtimeTargetMs;
                }
                return d;
            };

            /**
             * Converts this MigrateVm to JSON.
             * @function toJSON
             * @memberof supercloud.vm.MigrateVm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateVm.prototype.toJSON = function() {
                return MigrateVm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrateVm;
        })();

        vm.MigrationQuery = (function() {

            /**
             * Properties of a MigrationQuery.
             * @typedef {Object} supercloud.vm.MigrationQuery.$Properties
             * @property {string|null} [migrationId] MigrationQuery migrationId
             * @property {string|null} [cancelVmId] MigrationQuery cancelVmId
             * @property {number|null} [waitMs] MigrationQuery waitMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrationQuery.
             * @memberof supercloud.vm
             * @interface IMigrationQuery
             * @augments supercloud.vm.MigrationQuery.$Properties
             * @deprecated Use supercloud.vm.MigrationQuery.$Properties instead.
             */

            /**
             * Shape of a MigrationQuery.
             * @typedef {supercloud.vm.MigrationQuery.$Properties} supercloud.vm.MigrationQuery.$Shape
             */

            /**
             * Constructs a new MigrationQuery.
             * @memberof supercloud.vm
             * @classdesc Represents a MigrationQuery.
             * @constructor
             * @param {supercloud.vm.MigrationQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrationQuery = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MigrationQuery migrationId.
             * @member {string} migrationId
             * @memberof supercloud.vm.MigrationQuery
             * @instance
             */
            MigrationQuery.prototype.migrationId = "";

            /**
             * MigrationQuery cancelVmId.
             * @member {string} cancelVmId
             * @memberof supercloud.vm.MigrationQuery
             * @instance
             */
            MigrationQuery.prototype.cancelVmId = "";

            /**
             * MigrationQuery waitMs.
             * @member {number} waitMs
             * @memberof supercloud.vm.MigrationQuery
             * @instance
             */
            MigrationQuery.prototype.waitMs = 0;

            /**
             * Creates a new MigrationQuery instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.MigrationQuery
             * @static
             * @param {supercloud.vm.MigrationQuery.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.MigrationQuery} MigrationQuery instance
             * @type {{
             *   (properties: supercloud.vm.MigrationQuery.$Shape): supercloud.vm.MigrationQuery & supercloud.vm.MigrationQuery.$Shape;
             *   (properties?: supercloud.vm.MigrationQuery.$Properties): supercloud.vm.MigrationQuery;
             * }}
             */
            MigrationQuery.create = function(properties) {
                return new MigrationQuery(properties);
            };

            /**
             * Encodes the specified MigrationQuery message. Does not implicitly {@link supercloud.vm.MigrationQuery.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.MigrationQuery
             * @static
             * @param {supercloud.vm.MigrationQuery.$Properties} m MigrationQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationQuery.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.migrationId != null && $Object.hasOwnProperty.call(m, "migrationId") && m.migrationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.migrationId);
                if (m.cancelVmId != null && $Object.hasOwnProperty.call(m, "cancelVmId") && m.cancelVmId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.cancelVmId);
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs") && m.waitMs !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.waitMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MigrationQuery message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.MigrationQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.MigrationQuery & supercloud.vm.MigrationQuery.$Shape} MigrationQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationQuery.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.MigrationQuery();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.migrationId = v;
                            else
                                delete m.migrationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cancelVmId = v;
                            else
                                delete m.cancelVmId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.waitMs = v;
                            else
                                delete m.waitMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MigrationQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.MigrationQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.MigrationQuery} MigrationQuery
             */
            MigrationQuery.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.MigrationQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.MigrationQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.MigrationQuery();
                if (d.migrationId != null) {
                    if (typeof d.migrationId !== "string" || d.migrationId.length) {
                        m.migrationId = $String(d.migrationId);
                    }
                }
                if (d.cancelVmId != null) {
                    if (typeof d.cancelVmId !== "string" || d.cancelVmId.length) {
                        m.cancelVmId = $String(d.cancelVmId);
                    }
                }
                if (d.waitMs != null) {
                    if ($Number(d.waitMs) !== 0) {
                        m.waitMs = d.waitMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MigrationQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.MigrationQuery
             * @static
             * @param {supercloud.vm.MigrationQuery} m MigrationQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrationQuery.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.migrationId = "";
                    d.cancelVmId = "";
                    d.waitMs = 0;
                }
                if (m.migrationId != null && $Object.hasOwnProperty.call(m, "migrationId")) {
                    d.migrationId = m.migrationId;
                }
                if (m.cancelVmId != null && $Object.hasOwnProperty.call(m, "cancelVmId")) {
                    d.cancelVmId = m.cancelVmId;
                }
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                    d.waitMs = m.waitMs;
                }
                return d;
            };

            /**
             * Converts this MigrationQuery to JSON.
             * @function toJSON
             * @memberof supercloud.vm.MigrationQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrationQuery.prototype.toJSON = function() {
                return MigrationQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrationQuery;
        })();

        vm.MigrationInfo = (function() {

            /**
             * Properties of a MigrationInfo.
             * @typedef {Object} supercloud.vm.MigrationInfo.$Properties
             * @property {string|null} [id] MigrationInfo id
             * @property {string|null} [vmId] MigrationInfo vmId
             * @property {string|null} [vmName] MigrationInfo vmName
             * @property {Uint8Array|null} [from] MigrationInfo from
             * @property {Uint8Array|null} [to] MigrationInfo to
             * @property {string|null} [mode] MigrationInfo mode
             * @property {string|null} [phase] MigrationInfo phase
             * @property {number|null} [startedAtMs] MigrationInfo startedAtMs
             * @property {number|null} [endedAtMs] MigrationInfo endedAtMs
             * @property {string|null} [reason] MigrationInfo reason
             * @property {number|null} [totalMs] MigrationInfo totalMs
             * @property {number|null} [downtimeMs] MigrationInfo downtimeMs
             * @property {number|null} [bytes] MigrationInfo bytes
             * @property {number|null} [rounds] MigrationInfo rounds
             * @property {Array.<number>|null} [pagesPerRound] MigrationInfo pagesPerRound
             * @property {number|null} [round] MigrationInfo round
             * @property {number|null} [lastRoundBytes] MigrationInfo lastRoundBytes
             * @property {number|null} [dirtyBytesPerSec] MigrationInfo dirtyBytesPerSec
             * @property {number|null} [bandwidthBytesPerSec] MigrationInfo bandwidthBytesPerSec
             * @property {number|null} [etaMs] MigrationInfo etaMs
             * @property {number|null} [throttleMs] MigrationInfo throttleMs
             * @property {supercloud.vm.DowntimeBreakdown.$Properties|null} [downtimeBreakdown] MigrationInfo downtimeBreakdown
             * @property {number|null} [streamMbps] MigrationInfo streamMbps
             * @property {number|null} [pingGapMs] MigrationInfo pingGapMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrationInfo.
             * @memberof supercloud.vm
             * @interface IMigrationInfo
             * @augments supercloud.vm.MigrationInfo.$Properties
             * @deprecated Use supercloud.vm.MigrationInfo.$Properties instead.
             */

            /**
             * Shape of a MigrationInfo.
             * @typedef {supercloud.vm.MigrationInfo.$Properties} supercloud.vm.MigrationInfo.$Shape
             */

            /**
             * Constructs a new MigrationInfo.
             * @memberof supercloud.vm
             * @classdesc Represents a MigrationInfo.
             * @constructor
             * @param {supercloud.vm.MigrationInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrationInfo = function (p) {
                this.pagesPerRound = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MigrationInfo id.
             * @member {string} id
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.id = "";

            /**
             * MigrationInfo vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.vmId = "";

            /**
             * MigrationInfo vmName.
             * @member {string} vmName
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.vmName = "";

            /**
             * MigrationInfo from.
             * @member {Uint8Array} from
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.from = $util.newBuffer([]);

            /**
             * MigrationInfo to.
             * @member {Uint8Array} to
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.to = $util.newBuffer([]);

            /**
             * MigrationInfo mode.
             * @member {string} mode
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.mode = "";

            /**
             * MigrationInfo phase.
             * @member {string} phase
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.phase = "";

            /**
             * MigrationInfo startedAtMs.
             * @member {number} startedAtMs
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.startedAtMs = 0;

            /**
             * MigrationInfo endedAtMs.
             * @member {number} endedAtMs
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.endedAtMs = 0;

            /**
             * MigrationInfo reason.
             * @member {string} reason
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.reason = "";

            /**
             * MigrationInfo totalMs.
             * @member {number} totalMs
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.totalMs = 0;

            /**
             * MigrationInfo downtimeMs.
             * @member {number} downtimeMs
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.downtimeMs = 0;

            /**
             * MigrationInfo bytes.
             * @member {number} bytes
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.bytes = 0;

            /**
             * MigrationInfo rounds.
             * @member {number} rounds
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.rounds = 0;

            /**
             * MigrationInfo pagesPerRound.
             * @member {Array.<number>} pagesPerRound
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.pagesPerRound = $util.emptyArray;

            /**
             * MigrationInfo round.
             * @member {number} round
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.round = 0;

            /**
             * MigrationInfo lastRoundBytes.
             * @member {number} lastRoundBytes
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.lastRoundBytes = 0;

            /**
             * MigrationInfo dirtyBytesPerSec.
             * @member {number} dirtyBytesPerSec
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.dirtyBytesPerSec = 0;

            /**
             * MigrationInfo bandwidthBytesPerSec.
             * @member {number} bandwidthBytesPerSec
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.bandwidthBytesPerSec = 0;

            /**
             * MigrationInfo etaMs.
             * @member {number} etaMs
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.etaMs = 0;

            /**
             * MigrationInfo throttleMs.
             * @member {number} throttleMs
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.throttleMs = 0;

            /**
             * MigrationInfo downtimeBreakdown.
             * @member {supercloud.vm.DowntimeBreakdown.$Properties|null|undefined} downtimeBreakdown
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.downtimeBreakdown = null;

            /**
             * MigrationInfo streamMbps.
             * @member {number} streamMbps
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.streamMbps = 0;

            /**
             * MigrationInfo pingGapMs.
             * @member {number} pingGapMs
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             */
            MigrationInfo.prototype.pingGapMs = 0;

            /**
             * Creates a new MigrationInfo instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.MigrationInfo
             * @static
             * @param {supercloud.vm.MigrationInfo.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.MigrationInfo} MigrationInfo instance
             * @type {{
             *   (properties: supercloud.vm.MigrationInfo.$Shape): supercloud.vm.MigrationInfo & supercloud.vm.MigrationInfo.$Shape;
             *   (properties?: supercloud.vm.MigrationInfo.$Properties): supercloud.vm.MigrationInfo;
             * }}
             */
            MigrationInfo.create = function(properties) {
                return new MigrationInfo(properties);
            };

            /**
             * Encodes the specified MigrationInfo message. Does not implicitly {@link supercloud.vm.MigrationInfo.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.MigrationInfo
             * @static
             * @param {supercloud.vm.MigrationInfo.$Properties} m MigrationInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.vmId);
                if (m.vmName != null && $Object.hasOwnProperty.call(m, "vmName") && m.vmName !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.vmName);
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.from);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.to);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.mode);
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.phase);
                if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs") && !$Object.is(m.startedAtMs, 0))
                    w.uint32(/* id 8, wireType 1 =*/65).double(m.startedAtMs);
                if (m.endedAtMs != null && $Object.hasOwnProperty.call(m, "endedAtMs") && !$Object.is(m.endedAtMs, 0))
                    w.uint32(/* id 9, wireType 1 =*/73).double(m.endedAtMs);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.reason);
                if (m.totalMs != null && $Object.hasOwnProperty.call(m, "totalMs") && !$Object.is(m.totalMs, 0))
                    w.uint32(/* id 11, wireType 1 =*/89).double(m.totalMs);
                if (m.downtimeMs != null && $Object.hasOwnProperty.call(m, "downtimeMs") && !$Object.is(m.downtimeMs, 0))
                    w.uint32(/* id 12, wireType 1 =*/97).double(m.downtimeMs);
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && !$Object.is(m.bytes, 0))
                    w.uint32(/* id 13, wireType 1 =*/105).double(m.bytes);
                if (m.rounds != null && $Object.hasOwnProperty.call(m, "rounds") && m.rounds !== 0)
                    w.uint32(/* id 14, wireType 0 =*/112).uint32(m.rounds);
                if (m.pagesPerRound != null && m.pagesPerRound.length) {
                    w.uint32(/* id 15, wireType 2 =*/122).uint32s(m.pagesPerRound);
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                    w.uint32(/* id 16, wireType 0 =*/128).uint32(m.round);
                if (m.lastRoundBytes != null && $Object.hasOwnProperty.call(m, "lastRoundBytes") && !$Object.is(m.lastRoundBytes, 0))
                    w.uint32(/* id 17, wireType 1 =*/137).double(m.lastRoundBytes);
                if (m.dirtyBytesPerSec != null && $Object.hasOwnProperty.call(m, "dirtyBytesPerSec") && !$Object.is(m.dirtyBytesPerSec, 0))
                    w.uint32(/* id 18, wireType 1 =*/145).double(m.dirtyBytesPerSec);
                if (m.bandwidthBytesPerSec != null && $Object.hasOwnProperty.call(m, "bandwidthBytesPerSec") && !$Object.is(m.bandwidthBytesPerSec, 0))
                    w.uint32(/* id 19, wireType 1 =*/153).double(m.bandwidthBytesPerSec);
                if (m.etaMs != null && $Object.hasOwnProperty.call(m, "etaMs") && !$Object.is(m.etaMs, 0))
                    w.uint32(/* id 20, wireType 1 =*/161).double(m.etaMs);
                if (m.throttleMs != null && $Object.hasOwnProperty.call(m, "throttleMs") && !$Object.is(m.throttleMs, 0))
                    w.uint32(/* id 21, wireType 1 =*/169).double(m.throttleMs);
                if (m.downtimeBreakdown != null && $Object.hasOwnProperty.call(m, "downtimeBreakdown"))
                    $root.supercloud.vm.DowntimeBreakdown.encode(m.downtimeBreakdown, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.streamMbps != null && $Object.hasOwnProperty.call(m, "streamMbps") && !$Object.is(m.streamMbps, 0))
                    w.uint32(/* id 23, wireType 1 =*/185).double(m.streamMbps);
                if (m.pingGapMs != null && $Object.hasOwnProperty.call(m, "pingGapMs") && !$Object.is(m.pingGapMs, 0))
                    w.uint32(/* id 24, wireType 1 =*/193).double(m.pingGapMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MigrationInfo message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.MigrationInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.MigrationInfo & supercloud.vm.MigrationInfo.$Shape} MigrationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationInfo.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.MigrationInfo();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmName = v;
                            else
                                delete m.vmName;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.from = v;
                            else
                                delete m.from;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 8: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.startedAtMs = v;
                            else
                                delete m.startedAtMs;
                            continue;
                        }
                    case 9: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.endedAtMs = v;
                            else
                                delete m.endedAtMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 11: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.totalMs = v;
                            else
                                delete m.totalMs;
                            continue;
                        }
                    case 12: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.downtimeMs = v;
                            else
                                delete m.downtimeMs;
                            continue;
                        }
                    case 13: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.bytes = v;
                            else
                                delete m.bytes;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rounds = v;
                            else
                                delete m.rounds;
                            continue;
                        }
                    case 15: {
                            if (u === 2) {
                                if (!(m.pagesPerRound && m.pagesPerRound.length))
                                    m.pagesPerRound = [];
                                r.uint32s(m.pagesPerRound);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.pagesPerRound && m.pagesPerRound.length))
                                m.pagesPerRound = [];
                            m.pagesPerRound.push(r.uint32());
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.round = v;
                            else
                                delete m.round;
                            continue;
                        }
                    case 17: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lastRoundBytes = v;
                            else
                                delete m.lastRoundBytes;
                            continue;
                        }
                    case 18: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.dirtyBytesPerSec = v;
                            else
                                delete m.dirtyBytesPerSec;
                            continue;
                        }
                    case 19: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.bandwidthBytesPerSec = v;
                            else
                                delete m.bandwidthBytesPerSec;
                            continue;
                        }
                    case 20: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.etaMs = v;
                            else
                                delete m.etaMs;
                            continue;
                        }
                    case 21: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.throttleMs = v;
                            else
                                delete m.throttleMs;
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.downtimeBreakdown = $root.supercloud.vm.DowntimeBreakdown.decode(r, r.size(), $undefined, q + 1, m.downtimeBreakdown);
                            continue;
                        }
                    case 23: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.streamMbps = v;
                            else
                                delete m.streamMbps;
                            continue;
                        }
                    case 24: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.pingGapMs = v;
                            else
                                delete m.pingGapMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MigrationInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.MigrationInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.MigrationInfo} MigrationInfo
             */
            MigrationInfo.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.MigrationInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.MigrationInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.MigrationInfo();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.vmName != null) {
                    if (typeof d.vmName !== "string" || d.vmName.length) {
                        m.vmName = $String(d.vmName);
                    }
                }
                if (d.from != null) {
                    if (d.from.length) {
                        if (typeof d.from === "string")
                            $util.base64.decode(d.from, m.from = $util.newBuffer($util.base64.length(d.from)), 0);
                        else if (d.from.length >= 0)
                            m.from = d.from;
                    }
                }
                if (d.to != null) {
                    if (d.to.length) {
                        if (typeof d.to === "string")
                            $util.base64.decode(d.to, m.to = $util.newBuffer($util.base64.length(d.to)), 0);
                        else if (d.to.length >= 0)
                            m.to = d.to;
                    }
                }
                if (d.mode != null) {
                    if (typeof d.mode !== "string" || d.mode.length) {
                        m.mode = $String(d.mode);
                    }
                }
                if (d.phase != null) {
                    if (typeof d.phase !== "string" || d.phase.length) {
                        m.phase = $String(d.phase);
                    }
                }
                if (d.startedAtMs != null) {
                    if (!$Object.is($Number(d.startedAtMs), 0)) {
                        m.startedAtMs = $Number(d.startedAtMs);
                    }
                }
                if (d.endedAtMs != null) {
                    if (!$Object.is($Number(d.endedAtMs), 0)) {
                        m.endedAtMs = $Number(d.endedAtMs);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.totalMs != null) {
                    if (!$Object.is($Number(d.totalMs), 0)) {
                        m.totalMs = $Number(d.totalMs);
                    }
                }
                if (d.downtimeMs != null) {
                    if (!$Object.is($Number(d.downtimeMs), 0)) {
                        m.downtimeMs = $Number(d.downtimeMs);
                    }
                }
                if (d.bytes != null) {
                    if (!$Object.is($Number(d.bytes), 0)) {
                        m.bytes = $Number(d.bytes);
                    }
                }
                if (d.rounds != null) {
                    if ($Number(d.rounds) !== 0) {
                        m.rounds = d.rounds >>> 0;
                    }
                }
                if (d.pagesPerRound) {
                    if (!$Array.isArray(d.pagesPerRound))
                        throw $TypeError(".supercloud.vm.MigrationInfo.pagesPerRound: array expected");
                    m.pagesPerRound = $Array(d.pagesPerRound.length);
                    for (var i = 0; i < d.pagesPerRound.length; ++i) {
                        m.pagesPerRound[i] = d.pagesPerRound[i] >>> 0;
                    }
                }
                if (d.round != null) {
                    if ($Number(d.round) !== 0) {
                        m.round = d.round >>> 0;
                    }
                }
                if (d.lastRoundBytes != null) {
                    if (!$Object.is($Number(d.lastRoundBytes), 0)) {
                        m.lastRoundBytes = $Number(d.lastRoundBytes);
                    }
                }
                if (d.dirtyBytesPerSec != null) {
                    if (!$Object.is($Number(d.dirtyBytesPerSec), 0)) {
                        m.dirtyBytesPerSec = $Number(d.dirtyBytesPerSec);
                    }
                }
                if (d.bandwidthBytesPerSec != null) {
                    if (!$Object.is($Number(d.bandwidthBytesPerSec), 0)) {
                        m.bandwidthBytesPerSec = $Number(d.bandwidthBytesPerSec);
                    }
                }
                if (d.etaMs != null) {
                    if (!$Object.is($Number(d.etaMs), 0)) {
                        m.etaMs = $Number(d.etaMs);
                    }
                }
                if (d.throttleMs != null) {
                    if (!$Object.is($Number(d.throttleMs), 0)) {
                        m.throttleMs = $Number(d.throttleMs);
                    }
                }
                if (d.downtimeBreakdown != null) {
                    if (!$util.isObject(d.downtimeBreakdown))
                        throw $TypeError(".supercloud.vm.MigrationInfo.downtimeBreakdown: object expected");
                    m.downtimeBreakdown = $root.supercloud.vm.DowntimeBreakdown.fromObject(d.downtimeBreakdown, q + 1);
                }
                if (d.streamMbps != null) {
                    if (!$Object.is($Number(d.streamMbps), 0)) {
                        m.streamMbps = $Number(d.streamMbps);
                    }
                }
                if (d.pingGapMs != null) {
                    if (!$Object.is($Number(d.pingGapMs), 0)) {
                        m.pingGapMs = $Number(d.pingGapMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MigrationInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.MigrationInfo
             * @static
             * @param {supercloud.vm.MigrationInfo} m MigrationInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrationInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.pagesPerRound = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.vmId = "";
                    d.vmName = "";
                    if (o.bytes === $String)
                        d.from = "";
                    else {
                        d.from = [];
                        if (o.bytes !== $Array)
                            d.from = $util.newBuffer(d.from);
                    }
                    if (o.bytes === $String)
                        d.to = "";
                    else {
                        d.to = [];
                        if (o.bytes !== $Array)
                            d.to = $util.newBuffer(d.to);
                    }
                    d.mode = "";
                    d.phase = "";
                    d.startedAtMs = 0;
                    d.endedAtMs = 0;
                    d.reason = "";
                    d.totalMs = 0;
                    d.downtimeMs = 0;
                    d.bytes = 0;
                    d.rounds = 0;
                    d.round = 0;
                    d.lastRoundBytes = 0;
                    d.dirtyBytesPerSec = 0;
                    d.bandwidthBytesPerSec = 0;
                    d.etaMs = 0;
                    d.throttleMs = 0;
                    d.downtimeBreakdown = null;
                    d.streamMbps = 0;
                    d.pingGapMs = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.vmName != null && $Object.hasOwnProperty.call(m, "vmName")) {
                    d.vmName = m.vmName;
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    d.from = o.bytes === $String ? $util.base64.encode(m.from, 0, m.from.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.from) : m.from;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = o.bytes === $String ? $util.base64.encode(m.to, 0, m.to.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.to) : m.to;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    d.phase = m.phase;
                }
                if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs")) {
                    d.startedAtMs = o.json && !$isFinite(m.startedAtMs) ? $String(m.startedAtMs) : m.startedAtMs;
                }
                if (m.endedAtMs != null && $Object.hasOwnProperty.call(m, "endedAtMs")) {
                    d.endedAtMs = o.json && !$isFinite(m.endedAtMs) ? $String(m.endedAtMs) : m.endedAtMs;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.totalMs != null && $Object.hasOwnProperty.call(m, "totalMs")) {
                    d.totalMs = o.json && !$isFinite(m.totalMs) ? $String(m.totalMs) : m.totalMs;
                }
                if (m.downtimeMs != null && $Object.hasOwnProperty.call(m, "downtimeMs")) {
                    d.downtimeMs = o.json && !$isFinite(m.downtimeMs) ? $String(m.downtimeMs) : m.downtimeMs;
                }
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                    d.bytes = o.json && !$isFinite(m.bytes) ? $String(m.bytes) : m.bytes;
                }
                if (m.rounds != null && $Object.hasOwnProperty.call(m, "rounds")) {
                    d.rounds = m.rounds;
                }
                if (m.pagesPerRound && m.pagesPerRound.length) {
                    d.pagesPerRound = $Array(m.pagesPerRound.length);
                    for (var j = 0; j < m.pagesPerRound.length; ++j) {
                        d.pagesPerRound[j] = m.pagesPerRound[j];
                    }
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    d.round = m.round;
                }
                if (m.lastRoundBytes != null && $Object.hasOwnProperty.call(m, "lastRoundBytes")) {
                    d.lastRoundBytes = o.json && !$isFinite(m.lastRoundBytes) ? $String(m.lastRoundBytes) : m.lastRoundBytes;
                }
                if (m.dirtyBytesPerSec != null && $Object.hasOwnProperty.call(m, "dirtyBytesPerSec")) {
                    d.dirtyBytesPerSec = o.json && !$isFinite(m.dirtyBytesPerSec) ? $String(m.dirtyBytesPerSec) : m.dirtyBytesPerSec;
                }
                if (m.bandwidthBytesPerSec != null && $Object.hasOwnProperty.call(m, "bandwidthBytesPerSec")) {
                    d.bandwidthBytesPerSec = o.json && !$isFinite(m.bandwidthBytesPerSec) ? $String(m.bandwidthBytesPerSec) : m.bandwidthBytesPerSec;
                }
                if (m.etaMs != null && $Object.hasOwnProperty.call(m, "etaMs")) {
                    d.etaMs = o.json && !$isFinite(m.etaMs) ? $String(m.etaMs) : m.etaMs;
                }
                if (m.throttleMs != null && $Object.hasOwnProperty.call(m, "throttleMs")) {
                    d.throttleMs = o.json && !$isFinite(m.throttleMs) ? $String(m.throttleMs) : m.throttleMs;
                }
                if (m.downtimeBreakdown != null && $Object.hasOwnProperty.call(m, "downtimeBreakdown")) {
                    d.downtimeBreakdown = $root.supercloud.vm.DowntimeBreakdown.toObject(m.downtimeBreakdown, o, q + 1);
                }
                if (m.streamMbps != null && $Object.hasOwnProperty.call(m, "streamMbps")) {
                    d.streamMbps = o.json && !$isFinite(m.streamMbps) ? $String(m.streamMbps) : m.streamMbps;
                }
                if (m.pingGapMs != null && $Object.hasOwnProperty.call(m, "pingGapMs")) {
                    d.pingGapMs = o.json && !$isFinite(m.pingGapMs) ? $String(m.pingGapMs) : m.pingGapMs;
                }
                return d;
            };

            /**
             * Converts this MigrationInfo to JSON.
             * @function toJSON
             * @memberof supercloud.vm.MigrationInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrationInfo.prototype.toJSON = function() {
                return MigrationInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrationInfo;
        })();

        vm.DowntimeBreakdown = (function() {

            /**
             * Properties of a DowntimeBreakdown.
             * @typedef {Object} supercloud.vm.DowntimeBreakdown.$Properties
             * @property {number|null} [pauseMs] DowntimeBreakdown pauseMs
             * @property {number|null} [devicesMs] DowntimeBreakdown devicesMs
             * @property {number|null} [lastRoundMs] DowntimeBreakdown lastRoundMs
             * @property {number|null} [sendMs] DowntimeBreakdown sendMs
             * @property {number|null} [oneWayMs] DowntimeBreakdown oneWayMs
             * @property {number|null} [destinationMs] DowntimeBreakdown destinationMs
             * @property {number|null} [scanMs] DowntimeBreakdown scanMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DowntimeBreakdown.
             * @memberof supercloud.vm
             * @interface IDowntimeBreakdown
             * @augments supercloud.vm.DowntimeBreakdown.$Properties
             * @deprecated Use supercloud.vm.DowntimeBreakdown.$Properties instead.
             */

            /**
             * Shape of a DowntimeBreakdown.
             * @typedef {supercloud.vm.DowntimeBreakdown.$Properties} supercloud.vm.DowntimeBreakdown.$Shape
             */

            /**
             * Constructs a new DowntimeBreakdown.
             * @memberof supercloud.vm
             * @classdesc Represents a DowntimeBreakdown.
             * @constructor
             * @param {supercloud.vm.DowntimeBreakdown.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DowntimeBreakdown = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DowntimeBreakdown pauseMs.
             * @member {number} pauseMs
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             */
            DowntimeBreakdown.prototype.pauseMs = 0;

            /**
             * DowntimeBreakdown devicesMs.
             * @member {number} devicesMs
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             */
            DowntimeBreakdown.prototype.devicesMs = 0;

            /**
             * DowntimeBreakdown lastRoundMs.
             * @member {number} lastRoundMs
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             */
            DowntimeBreakdown.prototype.lastRoundMs = 0;

            /**
             * DowntimeBreakdown sendMs.
             * @member {number} sendMs
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             */
            DowntimeBreakdown.prototype.sendMs = 0;

            /**
             * DowntimeBreakdown oneWayMs.
             * @member {number} oneWayMs
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             */
            DowntimeBreakdown.prototype.oneWayMs = 0;

            /**
             * DowntimeBreakdown destinationMs.
             * @member {number} destinationMs
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             */
            DowntimeBreakdown.prototype.destinationMs = 0;

            /**
             * DowntimeBreakdown scanMs.
             * @member {number} scanMs
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             */
            DowntimeBreakdown.prototype.scanMs = 0;

            /**
             * Creates a new DowntimeBreakdown instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.DowntimeBreakdown
             * @static
             * @param {supercloud.vm.DowntimeBreakdown.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.DowntimeBreakdown} DowntimeBreakdown instance
             * @type {{
             *   (properties: supercloud.vm.DowntimeBreakdown.$Shape): supercloud.vm.DowntimeBreakdown & supercloud.vm.DowntimeBreakdown.$Shape;
             *   (properties?: supercloud.vm.DowntimeBreakdown.$Properties): supercloud.vm.DowntimeBreakdown;
             * }}
             */
            DowntimeBreakdown.create = function(properties) {
                return new DowntimeBreakdown(properties);
            };

            /**
             * Encodes the specified DowntimeBreakdown message. Does not implicitly {@link supercloud.vm.DowntimeBreakdown.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.DowntimeBreakdown
             * @static
             * @param {supercloud.vm.DowntimeBreakdown.$Properties} m DowntimeBreakdown message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DowntimeBreakdown.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pauseMs != null && $Object.hasOwnProperty.call(m, "pauseMs") && !$Object.is(m.pauseMs, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.pauseMs);
                if (m.devicesMs != null && $Object.hasOwnProperty.call(m, "devicesMs") && !$Object.is(m.devicesMs, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.devicesMs);
                if (m.lastRoundMs != null && $Object.hasOwnProperty.call(m, "lastRoundMs") && !$Object.is(m.lastRoundMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.lastRoundMs);
                if (m.sendMs != null && $Object.hasOwnProperty.call(m, "sendMs") && !$Object.is(m.sendMs, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.sendMs);
                if (m.oneWayMs != null && $Object.hasOwnProperty.call(m, "oneWayMs") && !$Object.is(m.oneWayMs, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.oneWayMs);
                if (m.destinationMs != null && $Object.hasOwnProperty.call(m, "destinationMs") && !$Object.is(m.destinationMs, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.destinationMs);
                if (m.scanMs != null && $Object.hasOwnProperty.call(m, "scanMs") && !$Object.is(m.scanMs, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.scanMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DowntimeBreakdown message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.DowntimeBreakdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.DowntimeBreakdown & supercloud.vm.DowntimeBreakdown.$Shape} DowntimeBreakdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DowntimeBreakdown.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.DowntimeBreakdown();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.pauseMs = v;
                            else
                                delete m.pauseMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.devicesMs = v;
                            else
                                delete m.devicesMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lastRoundMs = v;
                            else
                                delete m.lastRoundMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.sendMs = v;
                            else
                                delete m.sendMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.oneWayMs = v;
                            else
                                delete m.oneWayMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.destinationMs = v;
                            else
                                delete m.destinationMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.scanMs = v;
                            else
                                delete m.scanMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DowntimeBreakdown message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.DowntimeBreakdown
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.DowntimeBreakdown} DowntimeBreakdown
             */
            DowntimeBreakdown.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.DowntimeBreakdown)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.DowntimeBreakdown: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.DowntimeBreakdown();
                if (d.pauseMs != null) {
                    if (!$Object.is($Number(d.pauseMs), 0)) {
                        m.pauseMs = $Number(d.pauseMs);
                    }
                }
                if (d.devicesMs != null) {
                    if (!$Object.is($Number(d.devicesMs), 0)) {
                        m.devicesMs = $Number(d.devicesMs);
                    }
                }
                if (d.lastRoundMs != null) {
                    if (!$Object.is($Number(d.lastRoundMs), 0)) {
                        m.lastRoundMs = $Number(d.lastRoundMs);
                    }
                }
                if (d.sendMs != null) {
                    if (!$Object.is($Number(d.sendMs), 0)) {
                        m.sendMs = $Number(d.sendMs);
                    }
                }
                if (d.oneWayMs != null) {
                    if (!$Object.is($Number(d.oneWayMs), 0)) {
                        m.oneWayMs = $Number(d.oneWayMs);
                    }
                }
                if (d.destinationMs != null) {
                    if (!$Object.is($Number(d.destinationMs), 0)) {
                        m.destinationMs = $Number(d.destinationMs);
                    }
                }
                if (d.scanMs != null) {
                    if (!$Object.is($Number(d.scanMs), 0)) {
                        m.scanMs = $Number(d.scanMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DowntimeBreakdown message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.DowntimeBreakdown
             * @static
             * @param {supercloud.vm.DowntimeBreakdown} m DowntimeBreakdown
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DowntimeBreakdown.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pauseMs = 0;
                    d.devicesMs = 0;
                    d.lastRoundMs = 0;
                    d.sendMs = 0;
                    d.oneWayMs = 0;
                    d.destinationMs = 0;
                    d.scanMs = 0;
                }
                if (m.pauseMs != null && $Object.hasOwnProperty.call(m, "pauseMs")) {
                    d.pauseMs = o.json && !$isFinite(m.pauseMs) ? $String(m.pauseMs) : m.pauseMs;
                }
                if (m.devicesMs != null && $Object.hasOwnProperty.call(m, "devicesMs")) {
                    d.devicesMs = o.json && !$isFinite(m.devicesMs) ? $String(m.devicesMs) : m.devicesMs;
                }
                if (m.lastRoundMs != null && $Object.hasOwnProperty.call(m, "lastRoundMs")) {
                    d.lastRoundMs = o.json && !$isFinite(m.lastRoundMs) ? $String(m.lastRoundMs) : m.lastRoundMs;
                }
                if (m.sendMs != null && $Object.hasOwnProperty.call(m, "sendMs")) {
                    d.sendMs = o.json && !$isFinite(m.sendMs) ? $String(m.sendMs) : m.sendMs;
                }
                if (m.oneWayMs != null && $Object.hasOwnProperty.call(m, "oneWayMs")) {
                    d.oneWayMs = o.json && !$isFinite(m.oneWayMs) ? $String(m.oneWayMs) : m.oneWayMs;
                }
                if (m.destinationMs != null && $Object.hasOwnProperty.call(m, "destinationMs")) {
                    d.destinationMs = o.json && !$isFinite(m.destinationMs) ? $String(m.destinationMs) : m.destinationMs;
                }
                if (m.scanMs != null && $Object.hasOwnProperty.call(m, "scanMs")) {
                    d.scanMs = o.json && !$isFinite(m.scanMs) ? $String(m.scanMs) : m.scanMs;
                }
                return d;
            };

            /**
             * Converts this DowntimeBreakdown to JSON.
             * @function toJSON
             * @memberof supercloud.vm.DowntimeBreakdown
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DowntimeBreakdown.prototype.toJSON = function() {
                return DowntimeBreakdown.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DowntimeBreakdown;
        })();

        vm.MigrationList = (function() {

            /**
             * Properties of a MigrationList.
             * @typedef {Object} supercloud.vm.MigrationList.$Properties
             * @property {Array.<supercloud.vm.MigrationInfo.$Properties>|null} [migrations] MigrationList migrations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrationList.
             * @memberof supercloud.vm
             * @interface IMigrationList
             * @augments supercloud.vm.MigrationList.$Properties
             * @deprecated Use supercloud.vm.MigrationList.$Properties instead.
             */

            /**
             * Shape of a MigrationList.
             * @typedef {supercloud.vm.MigrationList.$Properties} supercloud.vm.MigrationList.$Shape
             */

            /**
             * Constructs a new MigrationList.
             * @memberof supercloud.vm
             * @classdesc Represents a MigrationList.
             * @constructor
             * @param {supercloud.vm.MigrationList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrationList = function (p) {
                this.migrations = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MigrationList migrations.
             * @member {Array.<supercloud.vm.MigrationInfo.$Properties>} migrations
             * @memberof supercloud.vm.MigrationList
             * @instance
             */
            MigrationList.prototype.migrations = $util.emptyArray;

            /**
             * Creates a new MigrationList instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.MigrationList
             * @static
             * @param {supercloud.vm.MigrationList.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.MigrationList} MigrationList instance
             * @type {{
             *   (properties: supercloud.vm.MigrationList.$Shape): supercloud.vm.MigrationList & supercloud.vm.MigrationList.$Shape;
             *   (properties?: supercloud.vm.MigrationList.$Properties): supercloud.vm.MigrationList;
             * }}
             */
            MigrationList.create = function(properties) {
                return new MigrationList(properties);
            };

            /**
             * Encodes the specified MigrationList message. Does not implicitly {@link supercloud.vm.MigrationList.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.MigrationList
             * @static
             * @param {supercloud.vm.MigrationList.$Properties} m MigrationList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.migrations != null && m.migrations.length) {
                    for (var i = 0; i < m.migrations.length; ++i)
                        $root.supercloud.vm.MigrationInfo.encode(m.migrations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MigrationList message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.MigrationList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.MigrationList & supercloud.vm.MigrationList.$Shape} MigrationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationList.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.MigrationList();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.migrations && m.migrations.length))
                                m.migrations = [];
                            m.migrations.push($root.supercloud.vm.MigrationInfo.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MigrationList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.MigrationList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.MigrationList} MigrationList
             */
            MigrationList.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.MigrationList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.MigrationList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.MigrationList();
                if (d.migrations) {
                    if (!$Array.isArray(d.migrations))
                        throw $TypeError(".supercloud.vm.MigrationList.migrations: array expected");
                    m.migrations = $Array(d.migrations.length);
                    for (var i = 0; i < d.migrations.length; ++i) {
                        if (!$util.isObject(d.migrations[i]))
                            throw $TypeError(".supercloud.vm.MigrationList.migrations: object expected");
                        m.migrations[i] = $root.supercloud.vm.MigrationInfo.fromObject(d.migrations[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MigrationList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.MigrationList
             * @static
             * @param {supercloud.vm.MigrationList} m MigrationList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrationList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.migrations = [];
                }
                if (m.migrations && m.migrations.length) {
                    d.migrations = $Array(m.migrations.length);
                    for (var j = 0; j < m.migrations.length; ++j) {
                        d.migrations[j] = $root.supercloud.vm.MigrationInfo.toObject(m.migrations[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this MigrationList to JSON.
             * @function toJSON
             * @memberof supercloud.vm.MigrationList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrationList.prototype.toJSON = function() {
                return MigrationList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrationList;
        })();

        vm.VmRequest = (function() {

            /**
             * Properties of a VmRequest.
             * @typedef {Object} supercloud.vm.VmRequest.$Properties
             * @property {supercloud.vm.CreateVm.$Properties|null} [create] VmRequest create
             * @property {supercloud.vm.VmAction.$Properties|null} [action] VmRequest action
             * @property {supercloud.vm.ShowVm.$Properties|null} [show] VmRequest show
             * @property {supercloud.vm.ListVms.$Properties|null} [list] VmRequest list
             * @property {supercloud.vm.VmLogs.$Properties|null} [logs] VmRequest logs
             * @property {supercloud.vm.AttachVm.$Properties|null} [attach] VmRequest attach
             * @property {supercloud.vm.DetachVm.$Properties|null} [detach] VmRequest detach
             * @property {supercloud.vm.MigrateVm.$Properties|null} [migrate] VmRequest migrate
             * @property {supercloud.vm.MigrationQuery.$Properties|null} [migrations] VmRequest migrations
             * @property {"create"|"action"|"show"|"list"|"logs"|"attach"|"detach"|"migrate"|"migrations"} [op] VmRequest op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmRequest.
             * @memberof supercloud.vm
             * @interface IVmRequest
             * @augments supercloud.vm.VmRequest.$Properties
             * @deprecated Use supercloud.vm.VmRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a VmRequest.
             * @typedef {{
             *   create?: supercloud.vm.CreateVm.$Shape|null;
             *   action?: supercloud.vm.VmAction.$Shape|null;
             *   show?: supercloud.vm.ShowVm.$Shape|null;
             *   list?: supercloud.vm.ListVms.$Shape|null;
             *   logs?: supercloud.vm.VmLogs.$Shape|null;
             *   attach?: supercloud.vm.AttachVm.$Shape|null;
             *   detach?: supercloud.vm.DetachVm.$Shape|null;
             *   migrate?: supercloud.vm.MigrateVm.$Shape|null;
             *   migrations?: supercloud.vm.MigrationQuery.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "create"; create: supercloud.vm.CreateVm.$Shape; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "action"; create?: null; action: supercloud.vm.VmAction.$Shape; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "show"; create?: null; action?: null; show: supercloud.vm.ShowVm.$Shape; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "list"; create?: null; action?: null; show?: null; list: supercloud.vm.ListVms.$Shape; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "logs"; create?: null; action?: null; show?: null; list?: null; logs: supercloud.vm.VmLogs.$Shape; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "attach"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach: supercloud.vm.AttachVm.$Shape; detach?: null; migrate?: null; migrations?: null }|{ op?: "detach"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach: supercloud.vm.DetachVm.$Shape; migrate?: null; migrations?: null }|{ op?: "migrate"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate: supercloud.vm.MigrateVm.$Shape; migrations?: null }|{ op?: "migrations"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations: supercloud.vm.MigrationQuery.$Shape })
             * )} supercloud.vm.VmRequest.$Shape
             */

            /**
             * Constructs a new VmRequest.
             * @memberof supercloud.vm
             * @classdesc Represents a VmRequest.
             * @constructor
             * @param {supercloud.vm.VmRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmRequest create.
             * @member {supercloud.vm.CreateVm.$Properties|null|undefined} create
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.create = null;

            /**
             * VmRequest action.
             * @member {supercloud.vm.VmAction.$Properties|null|undefined} action
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.action = null;

            /**
             * VmRequest show.
             * @member {supercloud.vm.ShowVm.$Properties|null|undefined} show
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.show = null;

            /**
             * VmRequest list.
             * @member {supercloud.vm.ListVms.$Properties|null|undefined} list
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.list = null;

            /**
             * VmRequest logs.
             * @member {supercloud.vm.VmLogs.$Properties|null|undefined} logs
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.logs = null;

            /**
             * VmRequest attach.
             * @member {supercloud.vm.AttachVm.$Properties|null|undefined} attach
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.attach = null;

            /**
             * VmRequest detach.
             * @member {supercloud.vm.DetachVm.$Properties|null|undefined} detach
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.detach = null;

            /**
             * VmRequest migrate.
             * @member {supercloud.vm.MigrateVm.$Properties|null|undefined} migrate
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.migrate = null;

            /**
             * VmRequest migrations.
             * @member {supercloud.vm.MigrationQuery.$Properties|null|undefined} migrations
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            VmRequest.prototype.migrations = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * VmRequest op.
             * @member {"create"|"action"|"show"|"list"|"logs"|"attach"|"detach"|"migrate"|"migrations"|undefined} op
             * @memberof supercloud.vm.VmRequest
             * @instance
             */
            $Object.defineProperty(VmRequest.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["create", "action", "show", "list", "logs", "attach", "detach", "migrate", "migrations"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new VmRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmRequest
             * @static
             * @param {supercloud.vm.VmRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmRequest} VmRequest instance
             * @type {{
             *   (properties: supercloud.vm.VmRequest.$Shape): supercloud.vm.VmRequest & supercloud.vm.VmRequest.$Shape;
             *   (properties?: supercloud.vm.VmRequest.$Properties): supercloud.vm.VmRequest;
             * }}
             */
            VmRequest.create = function(properties) {
                return new VmRequest(properties);
            };

            /**
             * Encodes the specified VmRequest message. Does not implicitly {@link supercloud.vm.VmRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmRequest
             * @static
             * @param {supercloud.vm.VmRequest.$Properties} m VmRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.create != null && $Object.hasOwnProperty.call(m, "create"))
                    $root.supercloud.vm.CreateVm.encode(m.create, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.action != null && $Object.hasOwnProperty.call(m, "action"))
                    $root.supercloud.vm.VmAction.encode(m.action, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.show != null && $Object.hasOwnProperty.call(m, "show"))
                    $root.supercloud.vm.ShowVm.encode(m.show, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.list != null && $Object.hasOwnProperty.call(m, "list"))
                    $root.supercloud.vm.ListVms.encode(m.list, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.logs != null && $Object.hasOwnProperty.call(m, "logs"))
                    $root.supercloud.vm.VmLogs.encode(m.logs, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.attach != null && $Object.hasOwnProperty.call(m, "attach"))
                    $root.supercloud.vm.AttachVm.encode(m.attach, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.detach != null && $Object.hasOwnProperty.call(m, "detach"))
                    $root.supercloud.vm.DetachVm.encode(m.detach, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.migrate != null && $Object.hasOwnProperty.call(m, "migrate"))
                    $root.supercloud.vm.MigrateVm.encode(m.migrate, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.migrations != null && $Object.hasOwnProperty.call(m, "migrations"))
                    $root.supercloud.vm.MigrationQuery.encode(m.migrations, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmRequest & supercloud.vm.VmRequest.$Shape} VmRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.create = $root.supercloud.vm.CreateVm.decode(r, r.size(), $undefined, q + 1, m.create);
                            m.op = "create";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.action = $root.supercloud.vm.VmAction.decode(r, r.size(), $undefined, q + 1, m.action);
                            m.op = "action";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.show = $root.supercloud.vm.ShowVm.decode(r, r.size(), $undefined, q + 1, m.show);
                            m.op = "show";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.list = $root.supercloud.vm.ListVms.decode(r, r.size(), $undefined, q + 1, m.list);
                            m.op = "list";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.logs = $root.supercloud.vm.VmLogs.decode(r, r.size(), $undefined, q + 1, m.logs);
                            m.op = "logs";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.attach = $root.supercloud.vm.AttachVm.decode(r, r.size(), $undefined, q + 1, m.attach);
                            m.op = "attach";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.detach = $root.supercloud.vm.DetachVm.decode(r, r.size(), $undefined, q + 1, m.detach);
                            m.op = "detach";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.migrate = $root.supercloud.vm.MigrateVm.decode(r, r.size(), $undefined, q + 1, m.migrate);
                            m.op = "migrate";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.migrations = $root.supercloud.vm.MigrationQuery.decode(r, r.size(), $undefined, q + 1, m.migrations);
                            m.op = "migrations";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmRequest} VmRequest
             */
            VmRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmRequest();
                if (d.create != null) {
                    if (!$util.isObject(d.create))
                        throw $TypeError(".supercloud.vm.VmRequest.create: object expected");
                    m.create = $root.supercloud.vm.CreateVm.fromObject(d.create, q + 1);
                }
                if (d.action != null) {
                    if (!$util.isObject(d.action))
                        throw $TypeError(".supercloud.vm.VmRequest.action: object expected");
                    m.action = $root.supercloud.vm.VmAction.fromObject(d.action, q + 1);
                }
                if (d.show != null) {
                    if (!$util.isObject(d.show))
                        throw $TypeError(".supercloud.vm.VmRequest.show: object expected");
                    m.show = $root.supercloud.vm.ShowVm.fromObject(d.show, q + 1);
                }
                if (d.list != null) {
                    if (!$util.isObject(d.list))
                        throw $TypeError(".supercloud.vm.VmRequest.list: object expected");
                    m.list = $root.supercloud.vm.ListVms.fromObject(d.list, q + 1);
                }
                if (d.logs != null) {
                    if (!$util.isObject(d.logs))
                        throw $TypeError(".supercloud.vm.VmRequest.logs: object expected");
                    m.logs = $root.supercloud.vm.VmLogs.fromObject(d.logs, q + 1);
                }
                if (d.attach != null) {
                    if (!$util.isObject(d.attach))
                        throw $TypeError(".supercloud.vm.VmRequest.attach: object expected");
                    m.attach = $root.supercloud.vm.AttachVm.fromObject(d.attach, q + 1);
                }
                if (d.detach != null) {
                    if (!$util.isObject(d.detach))
                        throw $TypeError(".supercloud.vm.VmRequest.detach: object expected");
                    m.detach = $root.supercloud.vm.DetachVm.fromObject(d.detach, q + 1);
                }
                if (d.migrate != null) {
                    if (!$util.isObject(d.migrate))
                        throw $TypeError(".supercloud.vm.VmRequest.migrate: object expected");
                    m.migrate = $root.supercloud.vm.MigrateVm.fromObject(d.migrate, q + 1);
                }
                if (d.migrations != null) {
                    if (!$util.isObject(d.migrations))
                        throw $TypeError(".supercloud.vm.VmRequest.migrations: object expected");
                    m.migrations = $root.supercloud.vm.MigrationQuery.fromObject(d.migrations, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a VmRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmRequest
             * @static
             * @param {supercloud.vm.VmRequest} m VmRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.create != null && $Object.hasOwnProperty.call(m, "create")) {
                    d.create = $root.supercloud.vm.CreateVm.toObject(m.create, o, q + 1);
                    if (o.oneofs)
                        d.op = "create";
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    d.action = $root.supercloud.vm.VmAction.toObject(m.action, o, q + 1);
                    if (o.oneofs)
                        d.op = "action";
                }
                if (m.show != null && $Object.hasOwnProperty.call(m, "show")) {
                    d.show = $root.supercloud.vm.ShowVm.toObject(m.show, o, q + 1);
                    if (o.oneofs)
                        d.op = "show";
                }
                if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                    d.list = $root.supercloud.vm.ListVms.toObject(m.list, o, q + 1);
                    if (o.oneofs)
                        d.op = "list";
                }
                if (m.logs != null && $Object.hasOwnProperty.call(m, "logs")) {
                    d.logs = $root.supercloud.vm.VmLogs.toObject(m.logs, o, q + 1);
                    if (o.oneofs)
                        d.op = "logs";
                }
                if (m.attach != null && $Object.hasOwnProperty.call(m, "attach")) {
                    d.attach = $root.supercloud.vm.AttachVm.toObject(m.attach, o, q + 1);
                    if (o.oneofs)
                        d.op = "attach";
                }
                if (m.detach != null && $Object.hasOwnProperty.call(m, "detach")) {
                    d.detach = $root.supercloud.vm.DetachVm.toObject(m.detach, o, q + 1);
                    if (o.oneofs)
                        d.op = "detach";
                }
                if (m.migrate != null && $Object.hasOwnProperty.call(m, "migrate")) {
                    d.migrate = $root.supercloud.vm.MigrateVm.toObject(m.migrate, o, q + 1);
                    if (o.oneofs)
                        d.op = "migrate";
                }
                if (m.migrations != null && $Object.hasOwnProperty.call(m, "migrations")) {
                    d.migrations = $root.supercloud.vm.MigrationQuery.toObject(m.migrations, o, q + 1);
                    if (o.oneofs)
                        d.op = "migrations";
                }
                return d;
            };

            /**
             * Converts this VmRequest to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmRequest.prototype.toJSON = function() {
                return VmRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmRequest;
        })();

        vm.VmError = (function() {

            /**
             * Properties of a VmError.
             * @typedef {Object} supercloud.vm.VmError.$Properties
             * @property {string|null} [name] VmError name
             * @property {string|null} [message] VmError message
             * @property {number|null} [status] VmError status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmError.
             * @memberof supercloud.vm
             * @interface IVmError
             * @augments supercloud.vm.VmError.$Properties
             * @deprecated Use supercloud.vm.VmError.$Properties instead.
             */

            /**
             * Shape of a VmError.
             * @typedef {supercloud.vm.VmError.$Properties} supercloud.vm.VmError.$Shape
             */

            /**
             * Constructs a new VmError.
             * @memberof supercloud.vm
             * @classdesc Represents a VmError.
             * @constructor
             * @param {supercloud.vm.VmError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmError name.
             * @member {string} name
             * @memberof supercloud.vm.VmError
             * @instance
             */
            VmError.prototype.name = "";

            /**
             * VmError message.
             * @member {string} message
             * @memberof supercloud.vm.VmError
             * @instance
             */
            VmError.prototype.message = "";

            /**
             * VmError status.
             * @member {number} status
             * @memberof supercloud.vm.VmError
             * @instance
             */
            VmError.prototype.status = 0;

            /**
             * Creates a new VmError instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmError
             * @static
             * @param {supercloud.vm.VmError.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmError} VmError instance
             * @type {{
             *   (properties: supercloud.vm.VmError.$Shape): supercloud.vm.VmError & supercloud.vm.VmError.$Shape;
             *   (properties?: supercloud.vm.VmError.$Properties): supercloud.vm.VmError;
             * }}
             */
            VmError.create = function(properties) {
                return new VmError(properties);
            };

            /**
             * Encodes the specified VmError message. Does not implicitly {@link supercloud.vm.VmError.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmError
             * @static
             * @param {supercloud.vm.VmError.$Properties} m VmError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.status);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmError message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmError & supercloud.vm.VmError.$Shape} VmError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmError.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmError();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmError} VmError
             */
            VmError.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmError();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.status != null) {
                    if ($Number(d.status) !== 0) {
                        m.status = d.status >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmError
             * @static
             * @param {supercloud.vm.VmError} m VmError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.message = "";
                    d.status = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                return d;
            };

            /**
             * Converts this VmError to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmError.prototype.toJSON = function() {
                return VmError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmError;
        })();

        vm.VmList = (function() {

            /**
             * Properties of a VmList.
             * @typedef {Object} supercloud.vm.VmList.$Properties
             * @property {Array.<supercloud.vm.VmDetail.$Properties>|null} [vms] VmList vms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmList.
             * @memberof supercloud.vm
             * @interface IVmList
             * @augments supercloud.vm.VmList.$Properties
             * @deprecated Use supercloud.vm.VmList.$Properties instead.
             */

            /**
             * Shape of a VmList.
             * @typedef {supercloud.vm.VmList.$Properties} supercloud.vm.VmList.$Shape
             */

            /**
             * Constructs a new VmList.
             * @memberof supercloud.vm
             * @classdesc Represents a VmList.
             * @constructor
             * @param {supercloud.vm.VmList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmList = function (p) {
                this.vms = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmList vms.
             * @member {Array.<supercloud.vm.VmDetail.$Properties>} vms
             * @memberof supercloud.vm.VmList
             * @instance
             */
            VmList.prototype.vms = $util.emptyArray;

            /**
             * Creates a new VmList instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmList
             * @static
             * @param {supercloud.vm.VmList.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmList} VmList instance
             * @type {{
             *   (properties: supercloud.vm.VmList.$Shape): supercloud.vm.VmList & supercloud.vm.VmList.$Shape;
             *   (properties?: supercloud.vm.VmList.$Properties): supercloud.vm.VmList;
             * }}
             */
            VmList.create = function(properties) {
                return new VmList(properties);
            };

            /**
             * Encodes the specified VmList message. Does not implicitly {@link supercloud.vm.VmList.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmList
             * @static
             * @param {supercloud.vm.VmList.$Properties} m VmList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vms != null && m.vms.length) {
                    for (var i = 0; i < m.vms.length; ++i)
                        $root.supercloud.vm.VmDetail.encode(m.vms[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmList message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmList & supercloud.vm.VmList.$Shape} VmList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmList.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmList();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.vms && m.vms.length))
                                m.vms = [];
                            m.vms.push($root.supercloud.vm.VmDetail.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmList} VmList
             */
            VmList.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmList();
                if (d.vms) {
                    if (!$Array.isArray(d.vms))
                        throw $TypeError(".supercloud.vm.VmList.vms: array expected");
                    m.vms = $Array(d.vms.length);
                    for (var i = 0; i < d.vms.length; ++i) {
                        if (!$util.isObject(d.vms[i]))
                            throw $TypeError(".supercloud.vm.VmList.vms: object expected");
                        m.vms[i] = $root.supercloud.vm.VmDetail.fromObject(d.vms[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmList
             * @static
             * @param {supercloud.vm.VmList} m VmList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.vms = [];
                }
                if (m.vms && m.vms.length) {
                    d.vms = $Array(m.vms.length);
                    for (var j = 0; j < m.vms.length; ++j) {
                        d.vms[j] = $root.supercloud.vm.VmDetail.toObject(m.vms[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this VmList to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmList.prototype.toJSON = function() {
                return VmList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmList;
        })();

        vm.VmResponse = (function() {

            /**
             * Properties of a VmResponse.
             * @typedef {Object} supercloud.vm.VmResponse.$Properties
             * @property {supercloud.vm.VmError.$Properties|null} [error] VmResponse error
             * @property {supercloud.vm.VmDetail.$Properties|null} [vm] VmResponse vm
             * @property {supercloud.vm.VmList.$Properties|null} [list] VmResponse list
             * @property {Uint8Array|null} [logs] VmResponse logs
             * @property {supercloud.vm.MigrationList.$Properties|null} [migrations] VmResponse migrations
             * @property {"error"|"vm"|"list"|"logs"|"migrations"} [result] VmResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmResponse.
             * @memberof supercloud.vm
             * @interface IVmResponse
             * @augments supercloud.vm.VmResponse.$Properties
             * @deprecated Use supercloud.vm.VmResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a VmResponse.
             * @typedef {{
             *   error?: supercloud.vm.VmError.$Shape|null;
             *   vm?: supercloud.vm.VmDetail.$Shape|null;
             *   list?: supercloud.vm.VmList.$Shape|null;
             *   logs?: Uint8Array|null;
             *   migrations?: supercloud.vm.MigrationList.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; error?: null; vm?: null; list?: null; logs?: null; migrations?: null }|{ result?: "error"; error: supercloud.vm.VmError.$Shape; vm?: null; list?: null; logs?: null; migrations?: null }|{ result?: "vm"; error?: null; vm: supercloud.vm.VmDetail.$Shape; list?: null; logs?: null; migrations?: null }|{ result?: "list"; error?: null; vm?: null; list: supercloud.vm.VmList.$Shape; logs?: null; migrations?: null }|{ result?: "logs"; error?: null; vm?: null; list?: null; logs: Uint8Array; migrations?: null }|{ result?: "migrations"; error?: null; vm?: null; list?: null; logs?: null; migrations: supercloud.vm.MigrationList.$Shape })
             * )} supercloud.vm.VmResponse.$Shape
             */

            /**
             * Constructs a new VmResponse.
             * @memberof supercloud.vm
             * @classdesc Represents a VmResponse.
             * @constructor
             * @param {supercloud.vm.VmResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmResponse error.
             * @member {supercloud.vm.VmError.$Properties|null|undefined} error
             * @memberof supercloud.vm.VmResponse
             * @instance
             */
            VmResponse.prototype.error = null;

            /**
             * VmResponse vm.
             * @member {supercloud.vm.VmDetail.$Properties|null|undefined} vm
             * @memberof supercloud.vm.VmResponse
             * @instance
             */
            VmResponse.prototype.vm = null;

            /**
             * VmResponse list.
             * @member {supercloud.vm.VmList.$Properties|null|undefined} list
             * @memberof supercloud.vm.VmResponse
             * @instance
             */
            VmResponse.prototype.list = null;

            /**
             * VmResponse logs.
             * @member {Uint8Array|null|undefined} logs
             * @memberof supercloud.vm.VmResponse
             * @instance
             */
            VmResponse.prototype.logs = null;

            /**
             * VmResponse migrations.
             * @member {supercloud.vm.MigrationList.$Properties|null|undefined} migrations
             * @memberof supercloud.vm.VmResponse
             * @instance
             */
            VmResponse.prototype.migrations = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * VmResponse result.
             * @member {"error"|"vm"|"list"|"logs"|"migrations"|undefined} result
             * @memberof supercloud.vm.VmResponse
             * @instance
             */
            $Object.defineProperty(VmResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["error", "vm", "list", "logs", "migrations"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new VmResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.VmResponse
             * @static
             * @param {supercloud.vm.VmResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.VmResponse} VmResponse instance
             * @type {{
             *   (properties: supercloud.vm.VmResponse.$Shape): supercloud.vm.VmResponse & supercloud.vm.VmResponse.$Shape;
             *   (properties?: supercloud.vm.VmResponse.$Properties): supercloud.vm.VmResponse;
             * }}
             */
            VmResponse.create = function(properties) {
                return new VmResponse(properties);
            };

            /**
             * Encodes the specified VmResponse message. Does not implicitly {@link supercloud.vm.VmResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.VmResponse
             * @static
             * @param {supercloud.vm.VmResponse.$Properties} m VmResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.supercloud.vm.VmError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.vm != null && $Object.hasOwnProperty.call(m, "vm"))
                    $root.supercloud.vm.VmDetail.encode(m.vm, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.list != null && $Object.hasOwnProperty.call(m, "list"))
                    $root.supercloud.vm.VmList.encode(m.list, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.logs != null && $Object.hasOwnProperty.call(m, "logs"))
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.logs);
                if (m.migrations != null && $Object.hasOwnProperty.call(m, "migrations"))
                    $root.supercloud.vm.MigrationList.encode(m.migrations, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VmResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.VmResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.VmResponse & supercloud.vm.VmResponse.$Shape} VmResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.VmResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.error = $root.supercloud.vm.VmError.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.result = "error";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.vm = $root.supercloud.vm.VmDetail.decode(r, r.size(), $undefined, q + 1, m.vm);
                            m.result = "vm";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.list = $root.supercloud.vm.VmList.decode(r, r.size(), $undefined, q + 1, m.list);
                            m.result = "list";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.logs = r.bytes();
                            m.result = "logs";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.migrations = $root.supercloud.vm.MigrationList.decode(r, r.size(), $undefined, q + 1, m.migrations);
                            m.result = "migrations";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VmResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.VmResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.VmResponse} VmResponse
             */
            VmResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.VmResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.VmResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.VmResponse();
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".supercloud.vm.VmResponse.error: object expected");
                    m.error = $root.supercloud.vm.VmError.fromObject(d.error, q + 1);
                }
                if (d.vm != null) {
                    if (!$util.isObject(d.vm))
                        throw $TypeError(".supercloud.vm.VmResponse.vm: object expected");
                    m.vm = $root.supercloud.vm.VmDetail.fromObject(d.vm, q + 1);
                }
                if (d.list != null) {
                    if (!$util.isObject(d.list))
                        throw $TypeError(".supercloud.vm.VmResponse.list: object expected");
                    m.list = $root.supercloud.vm.VmList.fromObject(d.list, q + 1);
                }
                if (d.logs != null) {
                    if (typeof d.logs === "string")
                        $util.base64.decode(d.logs, m.logs = $util.newBuffer($util.base64.length(d.logs)), 0);
                    else if (d.logs.length >= 0)
                        m.logs = d.logs;
                }
                if (d.migrations != null) {
                    if (!$util.isObject(d.migrations))
                        throw $TypeError(".supercloud.vm.VmResponse.migrations: object expected");
                    m.migrations = $root.supercloud.vm.MigrationList.fromObject(d.migrations, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a VmResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.VmResponse
             * @static
             * @param {supercloud.vm.VmResponse} m VmResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.supercloud.vm.VmError.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.result = "error";
                }
                if (m.vm != null && $Object.hasOwnProperty.call(m, "vm")) {
                    d.vm = $root.supercloud.vm.VmDetail.toObject(m.vm, o, q + 1);
                    if (o.oneofs)
                        d.result = "vm";
                }
                if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                    d.list = $root.supercloud.vm.VmList.toObject(m.list, o, q + 1);
                    if (o.oneofs)
                        d.result = "list";
                }
                if (m.logs != null && $Object.hasOwnProperty.call(m, "logs")) {
                    d.logs = o.bytes === $String ? $util.base64.encode(m.logs, 0, m.logs.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.logs) : m.logs;
                    if (o.oneofs)
                        d.result = "logs";
                }
                if (m.migrations != null && $Object.hasOwnProperty.call(m, "migrations")) {
                    d.migrations = $root.supercloud.vm.MigrationList.toObject(m.migrations, o, q + 1);
                    if (o.oneofs)
                        d.result = "migrations";
                }
                return d;
            };

            /**
             * Converts this VmResponse to JSON.
             * @function toJSON
             * @memberof supercloud.vm.VmResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmResponse.prototype.toJSON = function() {
                return VmResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmResponse;
        })();

        vm.ConsoleOpen = (function() {

            /**
             * Properties of a ConsoleOpen.
             * @typedef {Object} supercloud.vm.ConsoleOpen.$Properties
             * @property {string|null} [vmId] ConsoleOpen vmId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsoleOpen.
             * @memberof supercloud.vm
             * @interface IConsoleOpen
             * @augments supercloud.vm.ConsoleOpen.$Properties
             * @deprecated Use supercloud.vm.ConsoleOpen.$Properties instead.
             */

            /**
             * Shape of a ConsoleOpen.
             * @typedef {supercloud.vm.ConsoleOpen.$Properties} supercloud.vm.ConsoleOpen.$Shape
             */

            /**
             * Constructs a new ConsoleOpen.
             * @memberof supercloud.vm
             * @classdesc Represents a ConsoleOpen.
             * @constructor
             * @param {supercloud.vm.ConsoleOpen.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsoleOpen = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConsoleOpen vmId.
             * @member {string} vmId
             * @memberof supercloud.vm.ConsoleOpen
             * @instance
             */
            ConsoleOpen.prototype.vmId = "";

            /**
             * Creates a new ConsoleOpen instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.ConsoleOpen
             * @static
             * @param {supercloud.vm.ConsoleOpen.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.ConsoleOpen} ConsoleOpen instance
             * @type {{
             *   (properties: supercloud.vm.ConsoleOpen.$Shape): supercloud.vm.ConsoleOpen & supercloud.vm.ConsoleOpen.$Shape;
             *   (properties?: supercloud.vm.ConsoleOpen.$Properties): supercloud.vm.ConsoleOpen;
             * }}
             */
            ConsoleOpen.create = function(properties) {
                return new ConsoleOpen(properties);
            };

            /**
             * Encodes the specified ConsoleOpen message. Does not implicitly {@link supercloud.vm.ConsoleOpen.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.ConsoleOpen
             * @static
             * @param {supercloud.vm.ConsoleOpen.$Properties} m ConsoleOpen message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsoleOpen.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ConsoleOpen message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.ConsoleOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.ConsoleOpen & supercloud.vm.ConsoleOpen.$Shape} ConsoleOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsoleOpen.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.ConsoleOpen();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ConsoleOpen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.ConsoleOpen
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.ConsoleOpen} ConsoleOpen
             */
            ConsoleOpen.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.ConsoleOpen)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.ConsoleOpen: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.ConsoleOpen();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConsoleOpen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.ConsoleOpen
             * @static
             * @param {supercloud.vm.ConsoleOpen} m ConsoleOpen
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsoleOpen.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                return d;
            };

            /**
             * Converts this ConsoleOpen to JSON.
             * @function toJSON
             * @memberof supercloud.vm.ConsoleOpen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsoleOpen.prototype.toJSON = function() {
                return ConsoleOpen.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConsoleOpen;
        })();

        vm.ConsoleOpened = (function() {

            /**
             * Properties of a ConsoleOpened.
             * @typedef {Object} supercloud.vm.ConsoleOpened.$Properties
             * @property {supercloud.vm.VmError.$Properties|null} [error] ConsoleOpened error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsoleOpened.
             * @memberof supercloud.vm
             * @interface IConsoleOpened
             * @augments supercloud.vm.ConsoleOpened.$Properties
             * @deprecated Use supercloud.vm.ConsoleOpened.$Properties instead.
             */

            /**
             * Shape of a ConsoleOpened.
             * @typedef {supercloud.vm.ConsoleOpened.$Properties} supercloud.vm.ConsoleOpened.$Shape
             */

            /**
             * Constructs a new ConsoleOpened.
             * @memberof supercloud.vm
             * @classdesc Represents a ConsoleOpened.
             * @constructor
             * @param {supercloud.vm.ConsoleOpened.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsoleOpened = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConsoleOpened error.
             * @member {supercloud.vm.VmError.$Properties|null|undefined} error
             * @memberof supercloud.vm.ConsoleOpened
             * @instance
             */
            ConsoleOpened.prototype.error = null;

            /**
             * Creates a new ConsoleOpened instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.ConsoleOpened
             * @static
             * @param {supercloud.vm.ConsoleOpened.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.ConsoleOpened} ConsoleOpened instance
             * @type {{
             *   (properties: supercloud.vm.ConsoleOpened.$Shape): supercloud.vm.ConsoleOpened & supercloud.vm.ConsoleOpened.$Shape;
             *   (properties?: supercloud.vm.ConsoleOpened.$Properties): supercloud.vm.ConsoleOpened;
             * }}
             */
            ConsoleOpened.create = function(properties) {
                return new ConsoleOpened(properties);
            };

            /**
             * Encodes the specified ConsoleOpened message. Does not implicitly {@link supercloud.vm.ConsoleOpened.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.ConsoleOpened
             * @static
             * @param {supercloud.vm.ConsoleOpened.$Properties} m ConsoleOpened message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsoleOpened.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.supercloud.vm.VmError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ConsoleOpened message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.ConsoleOpened
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.ConsoleOpened & supercloud.vm.ConsoleOpened.$Shape} ConsoleOpened
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsoleOpened.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.ConsoleOpened();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.error = $root.supercloud.vm.VmError.decode(r, r.size(), $undefined, q + 1, m.error);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ConsoleOpened message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.ConsoleOpened
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.ConsoleOpened} ConsoleOpened
             */
            ConsoleOpened.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.ConsoleOpened)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.ConsoleOpened: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.ConsoleOpened();
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".supercloud.vm.ConsoleOpened.error: object expected");
                    m.error = $root.supercloud.vm.VmError.fromObject(d.error, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ConsoleOpened message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.ConsoleOpened
             * @static
             * @param {supercloud.vm.ConsoleOpened} m ConsoleOpened
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsoleOpened.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.error = null;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.supercloud.vm.VmError.toObject(m.error, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ConsoleOpened to JSON.
             * @function toJSON
             * @memberof supercloud.vm.ConsoleOpened
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsoleOpened.prototype.toJSON = function() {
                return ConsoleOpened.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConsoleOpened;
        })();

        vm.ConsoleData = (function() {

            /**
             * Properties of a ConsoleData.
             * @typedef {Object} supercloud.vm.ConsoleData.$Properties
             * @property {Uint8Array|null} [data] ConsoleData data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsoleData.
             * @memberof supercloud.vm
             * @interface IConsoleData
             * @augments supercloud.vm.ConsoleData.$Properties
             * @deprecated Use supercloud.vm.ConsoleData.$Properties instead.
             */

            /**
             * Shape of a ConsoleData.
             * @typedef {supercloud.vm.ConsoleData.$Properties} supercloud.vm.ConsoleData.$Shape
             */

            /**
             * Constructs a new ConsoleData.
             * @memberof supercloud.vm
             * @classdesc Represents a ConsoleData.
             * @constructor
             * @param {supercloud.vm.ConsoleData.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsoleData = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConsoleData data.
             * @member {Uint8Array} data
             * @memberof supercloud.vm.ConsoleData
             * @instance
             */
            ConsoleData.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new ConsoleData instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.ConsoleData
             * @static
             * @param {supercloud.vm.ConsoleData.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.ConsoleData} ConsoleData instance
             * @type {{
             *   (properties: supercloud.vm.ConsoleData.$Shape): supercloud.vm.ConsoleData & supercloud.vm.ConsoleData.$Shape;
             *   (properties?: supercloud.vm.ConsoleData.$Properties): supercloud.vm.ConsoleData;
             * }}
             */
            ConsoleData.create = function(properties) {
                return new ConsoleData(properties);
            };

            /**
             * Encodes the specified ConsoleData message. Does not implicitly {@link supercloud.vm.ConsoleData.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.ConsoleData
             * @static
             * @param {supercloud.vm.ConsoleData.$Properties} m ConsoleData message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsoleData.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ConsoleData message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.ConsoleData
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.ConsoleData & supercloud.vm.ConsoleData.$Shape} ConsoleData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsoleData.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.ConsoleData();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ConsoleData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.ConsoleData
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.ConsoleData} ConsoleData
             */
            ConsoleData.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.ConsoleData)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.ConsoleData: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.ConsoleData();
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConsoleData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.ConsoleData
             * @static
             * @param {supercloud.vm.ConsoleData} m ConsoleData
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsoleData.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this ConsoleData to JSON.
             * @function toJSON
             * @memberof supercloud.vm.ConsoleData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsoleData.prototype.toJSON = function() {
                return ConsoleData.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConsoleData;
        })();

        vm.SnapshotStart = (function() {

            /**
             * Properties of a SnapshotStart.
             * @typedef {Object} supercloud.vm.SnapshotStart.$Properties
             * @property {string|null} [snapshotVmId] SnapshotStart snapshotVmId
             * @property {supercloud.vm.RestoreVm.$Properties|null} [restore] SnapshotStart restore
             * @property {"snapshotVmId"|"restore"} [op] SnapshotStart op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotStart.
             * @memberof supercloud.vm
             * @interface ISnapshotStart
             * @augments supercloud.vm.SnapshotStart.$Properties
             * @deprecated Use supercloud.vm.SnapshotStart.$Properties instead.
             */

            /**
             * Narrowed shape of a SnapshotStart.
             * @typedef {{
             *   snapshotVmId?: string|null;
             *   restore?: supercloud.vm.RestoreVm.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; snapshotVmId?: null; restore?: null }|{ op?: "snapshotVmId"; snapshotVmId: string; restore?: null }|{ op?: "restore"; snapshotVmId?: null; restore: supercloud.vm.RestoreVm.$Shape })
             * )} supercloud.vm.SnapshotStart.$Shape
             */

            /**
             * Constructs a new SnapshotStart.
             * @memberof supercloud.vm
             * @classdesc Represents a SnapshotStart.
             * @constructor
             * @param {supercloud.vm.SnapshotStart.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotStart = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotStart snapshotVmId.
             * @member {string|null|undefined} snapshotVmId
             * @memberof supercloud.vm.SnapshotStart
             * @instance
             */
            SnapshotStart.prototype.snapshotVmId = null;

            /**
             * SnapshotStart restore.
             * @member {supercloud.vm.RestoreVm.$Properties|null|undefined} restore
             * @memberof supercloud.vm.SnapshotStart
             * @instance
             */
            SnapshotStart.prototype.restore = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SnapshotStart op.
             * @member {"snapshotVmId"|"restore"|undefined} op
             * @memberof supercloud.vm.SnapshotStart
             * @instance
             */
            $Object.defineProperty(SnapshotStart.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["snapshotVmId", "restore"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SnapshotStart instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.SnapshotStart
             * @static
             * @param {supercloud.vm.SnapshotStart.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.SnapshotStart} SnapshotStart instance
             * @type {{
             *   (properties: supercloud.vm.SnapshotStart.$Shape): supercloud.vm.SnapshotStart & supercloud.vm.SnapshotStart.$Shape;
             *   (properties?: supercloud.vm.SnapshotStart.$Properties): supercloud.vm.SnapshotStart;
             * }}
             */
            SnapshotStart.create = function(properties) {
                return new SnapshotStart(properties);
            };

            /**
             * Encodes the specified SnapshotStart message. Does not implicitly {@link supercloud.vm.SnapshotStart.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.SnapshotStart
             * @static
             * @param {supercloud.vm.SnapshotStart.$Properties} m SnapshotStart message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotStart.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.snapshotVmId != null && $Object.hasOwnProperty.call(m, "snapshotVmId"))
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.snapshotVmId);
                if (m.restore != null && $Object.hasOwnProperty.call(m, "restore"))
                    $root.supercloud.vm.RestoreVm.encode(m.restore, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SnapshotStart message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.SnapshotStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.SnapshotStart & supercloud.vm.SnapshotStart.$Shape} SnapshotStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotStart.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.SnapshotStart();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.snapshotVmId = r.stringVerify();
                            m.op = "snapshotVmId";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.restore = $root.supercloud.vm.RestoreVm.decode(r, r.size(), $undefined, q + 1, m.restore);
                            m.op = "restore";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SnapshotStart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.SnapshotStart
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.SnapshotStart} SnapshotStart
             */
            SnapshotStart.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.SnapshotStart)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.SnapshotStart: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.SnapshotStart();
                if (d.snapshotVmId != null) {
                    m.snapshotVmId = $String(d.snapshotVmId);
                }
                if (d.restore != null) {
                    if (!$util.isObject(d.restore))
                        throw $TypeError(".supercloud.vm.SnapshotStart.restore: object expected");
                    m.restore = $root.supercloud.vm.RestoreVm.fromObject(d.restore, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotStart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.SnapshotStart
             * @static
             * @param {supercloud.vm.SnapshotStart} m SnapshotStart
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotStart.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.snapshotVmId != null && $Object.hasOwnProperty.call(m, "snapshotVmId")) {
                    d.snapshotVmId = m.snapshotVmId;
                    if (o.oneofs)
                        d.op = "snapshotVmId";
                }
                if (m.restore != null && $Object.hasOwnProperty.call(m, "restore")) {
                    d.restore = $root.supercloud.vm.RestoreVm.toObject(m.restore, o, q + 1);
                    if (o.oneofs)
                        d.op = "restore";
                }
                return d;
            };

            /**
             * Converts this SnapshotStart to JSON.
             * @function toJSON
             * @memberof supercloud.vm.SnapshotStart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotStart.prototype.toJSON = function() {
                return SnapshotStart.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SnapshotStart;
        })();

        vm.RestoreVm = (function() {

            /**
             * Properties of a RestoreVm.
             * @typedef {Object} supercloud.vm.RestoreVm.$Properties
             * @property {number|null} [totalBytes] RestoreVm totalBytes
             * @property {string|null} [name] RestoreVm name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestoreVm.
             * @memberof supercloud.vm
             * @interface IRestoreVm
             * @augments supercloud.vm.RestoreVm.$Properties
             * @deprecated Use supercloud.vm.RestoreVm.$Properties instead.
             */

            /**
             * Shape of a RestoreVm.
             * @typedef {supercloud.vm.RestoreVm.$Properties} supercloud.vm.RestoreVm.$Shape
             */

            /**
             * Constructs a new RestoreVm.
             * @memberof supercloud.vm
             * @classdesc Represents a RestoreVm.
             * @constructor
             * @param {supercloud.vm.RestoreVm.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestoreVm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RestoreVm totalBytes.
             * @member {number} totalBytes
             * @memberof supercloud.vm.RestoreVm
             * @instance
             */
            RestoreVm.prototype.totalBytes = 0;

            /**
             * RestoreVm name.
             * @member {string} name
             * @memberof supercloud.vm.RestoreVm
             * @instance
             */
            RestoreVm.prototype.name = "";

            /**
             * Creates a new RestoreVm instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.RestoreVm
             * @static
             * @param {supercloud.vm.RestoreVm.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.RestoreVm} RestoreVm instance
             * @type {{
             *   (properties: supercloud.vm.RestoreVm.$Shape): supercloud.vm.RestoreVm & supercloud.vm.RestoreVm.$Shape;
             *   (properties?: supercloud.vm.RestoreVm.$Properties): supercloud.vm.RestoreVm;
             * }}
             */
            RestoreVm.create = function(properties) {
                return new RestoreVm(properties);
            };

            /**
             * Encodes the specified RestoreVm message. Does not implicitly {@link supercloud.vm.RestoreVm.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.RestoreVm
             * @static
             * @param {supercloud.vm.RestoreVm.$Properties} m RestoreVm message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestoreVm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes") && !$Object.is(m.totalBytes, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.totalBytes);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RestoreVm message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.RestoreVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.RestoreVm & supercloud.vm.RestoreVm.$Shape} RestoreVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestoreVm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.RestoreVm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.totalBytes = v;
                            else
                                delete m.totalBytes;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RestoreVm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.RestoreVm
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.RestoreVm} RestoreVm
             */
            RestoreVm.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.RestoreVm)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.RestoreVm: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.RestoreVm();
                if (d.totalBytes != null) {
                    if (!$Object.is($Number(d.totalBytes), 0)) {
                        m.totalBytes = $Number(d.totalBytes);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RestoreVm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.RestoreVm
             * @static
             * @param {supercloud.vm.RestoreVm} m RestoreVm
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RestoreVm.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.totalBytes = 0;
                    d.name = "";
                }
                if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes")) {
                    d.totalBytes = o.json && !$isFinite(m.totalBytes) ? $String(m.totalBytes) : m.totalBytes;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                return d;
            };

            /**
             * Converts this RestoreVm to JSON.
             * @function toJSON
             * @memberof supercloud.vm.RestoreVm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RestoreVm.prototype.toJSON = function() {
                return RestoreVm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RestoreVm;
        })();

        vm.SnapshotHead = (function() {

            /**
             * Properties of a SnapshotHead.
             * @typedef {Object} supercloud.vm.SnapshotHead.$Properties
             * @property {supercloud.vm.VmError.$Properties|null} [error] SnapshotHead error
             * @property {number|null} [totalBytes] SnapshotHead totalBytes
             * @property {supercloud.vm.VmDetail.$Properties|null} [vm] SnapshotHead vm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotHead.
             * @memberof supercloud.vm
             * @interface ISnapshotHead
             * @augments supercloud.vm.SnapshotHead.$Properties
             * @deprecated Use supercloud.vm.SnapshotHead.$Properties instead.
             */

            /**
             * Shape of a SnapshotHead.
             * @typedef {supercloud.vm.SnapshotHead.$Properties} supercloud.vm.SnapshotHead.$Shape
             */

            /**
             * Constructs a new SnapshotHead.
             * @memberof supercloud.vm
             * @classdesc Represents a SnapshotHead.
             * @constructor
             * @param {supercloud.vm.SnapshotHead.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotHead = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotHead error.
             * @member {supercloud.vm.VmError.$Properties|null|undefined} error
             * @memberof supercloud.vm.SnapshotHead
             * @instance
             */
            SnapshotHead.prototype.error = null;

            /**
             * SnapshotHead totalBytes.
             * @member {number} totalBytes
             * @memberof supercloud.vm.SnapshotHead
             * @instance
             */
            SnapshotHead.prototype.totalBytes = 0;

            /**
             * SnapshotHead vm.
             * @member {supercloud.vm.VmDetail.$Properties|null|undefined} vm
             * @memberof supercloud.vm.SnapshotHead
             * @instance
             */
            SnapshotHead.prototype.vm = null;

            /**
             * Creates a new SnapshotHead instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.SnapshotHead
             * @static
             * @param {supercloud.vm.SnapshotHead.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.SnapshotHead} SnapshotHead instance
             * @type {{
             *   (properties: supercloud.vm.SnapshotHead.$Shape): supercloud.vm.SnapshotHead & supercloud.vm.SnapshotHead.$Shape;
             *   (properties?: supercloud.vm.SnapshotHead.$Properties): supercloud.vm.SnapshotHead;
             * }}
             */
            SnapshotHead.create = function(properties) {
                return new SnapshotHead(properties);
            };

            /**
             * Encodes the specified SnapshotHead message. Does not implicitly {@link supercloud.vm.SnapshotHead.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.SnapshotHead
             * @static
             * @param {supercloud.vm.SnapshotHead.$Properties} m SnapshotHead message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotHead.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.supercloud.vm.VmError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes") && !$Object.is(m.totalBytes, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.totalBytes);
                if (m.vm != null && $Object.hasOwnProperty.call(m, "vm"))
                    $root.supercloud.vm.VmDetail.encode(m.vm, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SnapshotHead message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.SnapshotHead
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.SnapshotHead & supercloud.vm.SnapshotHead.$Shape} SnapshotHead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotHead.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.SnapshotHead();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.error = $root.supercloud.vm.VmError.decode(r, r.size(), $undefined, q + 1, m.error);
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.totalBytes = v;
                            else
                                delete m.totalBytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.vm = $root.supercloud.vm.VmDetail.decode(r, r.size(), $undefined, q + 1, m.vm);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SnapshotHead message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.SnapshotHead
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.SnapshotHead} SnapshotHead
             */
            SnapshotHead.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.SnapshotHead)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.SnapshotHead: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.SnapshotHead();
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".supercloud.vm.SnapshotHead.error: object expected");
                    m.error = $root.supercloud.vm.VmError.fromObject(d.error, q + 1);
                }
                if (d.totalBytes != null) {
                    if (!$Object.is($Number(d.totalBytes), 0)) {
                        m.totalBytes = $Number(d.totalBytes);
                    }
                }
                if (d.vm != null) {
                    if (!$util.isObject(d.vm))
                        throw $TypeError(".supercloud.vm.SnapshotHead.vm: object expected");
                    m.vm = $root.supercloud.vm.VmDetail.fromObject(d.vm, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotHead message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.SnapshotHead
             * @static
             * @param {supercloud.vm.SnapshotHead} m SnapshotHead
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotHead.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.error = null;
                    d.totalBytes = 0;
                    d.vm = null;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.supercloud.vm.VmError.toObject(m.error, o, q + 1);
                }
                if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes")) {
                    d.totalBytes = o.json && !$isFinite(m.totalBytes) ? $String(m.totalBytes) : m.totalBytes;
                }
                if (m.vm != null && $Object.hasOwnProperty.call(m, "vm")) {
                    d.vm = $root.supercloud.vm.VmDetail.toObject(m.vm, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this SnapshotHead to JSON.
             * @function toJSON
             * @memberof supercloud.vm.SnapshotHead
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotHead.prototype.toJSON = function() {
                return SnapshotHead.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SnapshotHead;
        })();

        vm.Chunk = (function() {

            /**
             * Properties of a Chunk.
             * @typedef {Object} supercloud.vm.Chunk.$Properties
             * @property {Uint8Array|null} [data] Chunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Chunk.
             * @memberof supercloud.vm
             * @interface IChunk
             * @augments supercloud.vm.Chunk.$Properties
             * @deprecated Use supercloud.vm.Chunk.$Properties instead.
             */

            /**
             * Shape of a Chunk.
             * @typedef {supercloud.vm.Chunk.$Properties} supercloud.vm.Chunk.$Shape
             */

            /**
             * Constructs a new Chunk.
             * @memberof supercloud.vm
             * @classdesc Represents a Chunk.
             * @constructor
             * @param {supercloud.vm.Chunk.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Chunk = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Chunk data.
             * @member {Uint8Array} data
             * @memberof supercloud.vm.Chunk
             * @instance
             */
            Chunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Chunk instance using the specified properties.
             * @function create
             * @memberof supercloud.vm.Chunk
             * @static
             * @param {supercloud.vm.Chunk.$Properties=} [properties] Properties to set
             * @returns {supercloud.vm.Chunk} Chunk instance
             * @type {{
             *   (properties: supercloud.vm.Chunk.$Shape): supercloud.vm.Chunk & supercloud.vm.Chunk.$Shape;
             *   (properties?: supercloud.vm.Chunk.$Properties): supercloud.vm.Chunk;
             * }}
             */
            Chunk.create = function(properties) {
                return new Chunk(properties);
            };

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link supercloud.vm.Chunk.verify|verify} messages.
             * @function encode
             * @memberof supercloud.vm.Chunk
             * @static
             * @param {supercloud.vm.Chunk.$Properties} m Chunk message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.vm.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.vm.Chunk & supercloud.vm.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.vm.Chunk();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.vm.Chunk
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.vm.Chunk} Chunk
             */
            Chunk.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.vm.Chunk)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.vm.Chunk: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.vm.Chunk();
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Chunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.vm.Chunk
             * @static
             * @param {supercloud.vm.Chunk} m Chunk
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Chunk.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this Chunk to JSON.
             * @function toJSON
             * @memberof supercloud.vm.Chunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Chunk.prototype.toJSON = function() {
                return Chunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Chunk;
        })();

        return vm;
    })();

    supercloud.migration = (function() {

        /**
         * Namespace migration.
         * @memberof supercloud
         * @namespace
         */
        const migration = {};

        migration.Offer = (function() {

            /**
             * Properties of an Offer.
             * @typedef {Object} supercloud.migration.Offer.$Properties
             * @property {string|null} [migrationId] Offer migrationId
             * @property {supercloud.vm.VmRecord.$Properties|null} [record] Offer record
             * @property {number|null} [vgaMemoryBytes] Offer vgaMemoryBytes
             * @property {string|null} [mode] Offer mode
             * @property {boolean|null} [paused] Offer paused
             * @property {Uint8Array|null} [rehearsalDeviceState] Offer rehearsalDeviceState
             * @property {string|null} [rehearsalHypercall] Offer rehearsalHypercall
             * @property {boolean|null} [acpi] Offer acpi
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Offer.
             * @memberof supercloud.migration
             * @interface IOffer
             * @augments supercloud.migration.Offer.$Properties
             * @deprecated Use supercloud.migration.Offer.$Properties instead.
             */

            /**
             * Shape of an Offer.
             * @typedef {supercloud.migration.Offer.$Properties} supercloud.migration.Offer.$Shape
             */

            /**
             * Constructs a new Offer.
             * @memberof supercloud.migration
             * @classdesc Represents an Offer.
             * @constructor
             * @param {supercloud.migration.Offer.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Offer = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Offer migrationId.
             * @member {string} migrationId
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.migrationId = "";

            /**
             * Offer record.
             * @member {supercloud.vm.VmRecord.$Properties|null|undefined} record
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.record = null;

            /**
             * Offer vgaMemoryBytes.
             * @member {number} vgaMemoryBytes
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.vgaMemoryBytes = 0;

            /**
             * Offer mode.
             * @member {string} mode
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.mode = "";

            /**
             * Offer paused.
             * @member {boolean} paused
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.paused = false;

            /**
             * Offer rehearsalDeviceState.
             * @member {Uint8Array} rehearsalDeviceState
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.rehearsalDeviceState = $util.newBuffer([]);

            /**
             * Offer rehearsalHypercall.
             * @member {string} rehearsalHypercall
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.rehearsalHypercall = "";

            /**
             * Offer acpi.
             * @member {boolean} acpi
             * @memberof supercloud.migration.Offer
             * @instance
             */
            Offer.prototype.acpi = false;

            /**
             * Creates a new Offer instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Offer
             * @static
             * @param {supercloud.migration.Offer.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Offer} Offer instance
             * @type {{
             *   (properties: supercloud.migration.Offer.$Shape): supercloud.migration.Offer & supercloud.migration.Offer.$Shape;
             *   (properties?: supercloud.migration.Offer.$Properties): supercloud.migration.Offer;
             * }}
             */
            Offer.create = function(properties) {
                return new Offer(properties);
            };

            /**
             * Encodes the specified Offer message. Does not implicitly {@link supercloud.migration.Offer.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Offer
             * @static
             * @param {supercloud.migration.Offer.$Properties} m Offer message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Offer.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.migrationId != null && $Object.hasOwnProperty.call(m, "migrationId") && m.migrationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.migrationId);
                if (m.record != null && $Object.hasOwnProperty.call(m, "record"))
                    $root.supercloud.vm.VmRecord.encode(m.record, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.vgaMemoryBytes != null && $Object.hasOwnProperty.call(m, "vgaMemoryBytes") && m.vgaMemoryBytes !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.vgaMemoryBytes);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.mode);
                if (m.paused != null && $Object.hasOwnProperty.call(m, "paused") && m.paused !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.paused);
                if (m.rehearsalDeviceState != null && $Object.hasOwnProperty.call(m, "rehearsalDeviceState") && m.rehearsalDeviceState.length)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.rehearsalDeviceState);
                if (m.rehearsalHypercall != null && $Object.hasOwnProperty.call(m, "rehearsalHypercall") && m.rehearsalHypercall !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.rehearsalHypercall);
                if (m.acpi != null && $Object.hasOwnProperty.call(m, "acpi") && m.acpi !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.acpi);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Offer message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Offer
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Offer & supercloud.migration.Offer.$Shape} Offer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Offer.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Offer();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.migrationId = v;
                            else
                                delete m.migrationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.record = $root.supercloud.vm.VmRecord.decode(r, r.size(), $undefined, q + 1, m.record);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vgaMemoryBytes = v;
                            else
                                delete m.vgaMemoryBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.paused = v;
                            else
                                delete m.paused;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.rehearsalDeviceState = v;
                            else
                                delete m.rehearsalDeviceState;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.rehearsalHypercall = v;
                            else
                                delete m.rehearsalHypercall;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.acpi = v;
                            else
                                delete m.acpi;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Offer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Offer
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Offer} Offer
             */
            Offer.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Offer)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Offer: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Offer();
                if (d.migrationId != null) {
                    if (typeof d.migrationId !== "string" || d.migrationId.length) {
                        m.migrationId = $String(d.migrationId);
                    }
                }
                if (d.record != null) {
                    if (!$util.isObject(d.record))
                        throw $TypeError(".supercloud.migration.Offer.record: object expected");
                    m.record = $root.supercloud.vm.VmRecord.fromObject(d.record, q + 1);
                }
                if (d.vgaMemoryBytes != null) {
                    if ($Number(d.vgaMemoryBytes) !== 0) {
                        m.vgaMemoryBytes = d.vgaMemoryBytes >>> 0;
                    }
                }
                if (d.mode != null) {
                    if (typeof d.mode !== "string" || d.mode.length) {
                        m.mode = $String(d.mode);
                    }
                }
                if (d.paused != null) {
                    if (d.paused) {
                        m.paused = $Boolean(d.paused);
                    }
                }
                if (d.rehearsalDeviceState != null) {
                    if (d.rehearsalDeviceState.length) {
                        if (typeof d.rehearsalDeviceState === "string")
                            $util.base64.decode(d.rehearsalDeviceState, m.rehearsalDeviceState = $util.newBuffer($util.base64.length(d.rehearsalDeviceState)), 0);
                        else if (d.rehearsalDeviceState.length >= 0)
                            m.rehearsalDeviceState = d.rehearsalDeviceState;
                    }
                }
                if (d.rehearsalHypercall != null) {
                    if (typeof d.rehearsalHypercall !== "string" || d.rehearsalHypercall.length) {
                        m.rehearsalHypercall = $String(d.rehearsalHypercall);
                    }
                }
                if (d.acpi != null) {
                    if (d.acpi) {
                        m.acpi = $Boolean(d.acpi);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Offer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Offer
             * @static
             * @param {supercloud.migration.Offer} m Offer
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Offer.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.migrationId = "";
                    d.record = null;
                    d.vgaMemoryBytes = 0;
                    d.mode = "";
                    d.paused = false;
                    if (o.bytes === $String)
                        d.rehearsalDeviceState = "";
                    else {
                        d.rehearsalDeviceState = [];
                        if (o.bytes !== $Array)
                            d.rehearsalDeviceState = $util.newBuffer(d.rehearsalDeviceState);
                    }
                    d.rehearsalHypercall = "";
                    d.acpi = false;
                }
                if (m.migrationId != null && $Object.hasOwnProperty.call(m, "migrationId")) {
                    d.migrationId = m.migrationId;
                }
                if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                    d.record = $root.supercloud.vm.VmRecord.toObject(m.record, o, q + 1);
                }
                if (m.vgaMemoryBytes != null && $Object.hasOwnProperty.call(m, "vgaMemoryBytes")) {
                    d.vgaMemoryBytes = m.vgaMemoryBytes;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                if (m.paused != null && $Object.hasOwnProperty.call(m, "paused")) {
                    d.paused = m.paused;
                }
                if (m.rehearsalDeviceState != null && $Object.hasOwnProperty.call(m, "rehearsalDeviceState")) {
                    d.rehearsalDeviceState = o.bytes === $String ? $util.base64.encode(m.rehearsalDeviceState, 0, m.rehearsalDeviceState.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.rehearsalDeviceState) : m.rehearsalDeviceState;
                }
                if (m.rehearsalHypercall != null && $Object.hasOwnProperty.call(m, "rehearsalHypercall")) {
                    d.rehearsalHypercall = m.rehearsalHypercall;
                }
                if (m.acpi != null && $Object.hasOwnProperty.call(m, "acpi")) {
                    d.acpi = m.acpi;
                }
                return d;
            };

            /**
             * Converts this Offer to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Offer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Offer.prototype.toJSON = function() {
                return Offer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Offer;
        })();

        migration.Accept = (function() {

            /**
             * Properties of an Accept.
             * @typedef {Object} supercloud.migration.Accept.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accept.
             * @memberof supercloud.migration
             * @interface IAccept
             * @augments supercloud.migration.Accept.$Properties
             * @deprecated Use supercloud.migration.Accept.$Properties instead.
             */

            /**
             * Shape of an Accept.
             * @typedef {supercloud.migration.Accept.$Properties} supercloud.migration.Accept.$Shape
             */

            /**
             * Constructs a new Accept.
             * @memberof supercloud.migration
             * @classdesc Represents an Accept.
             * @constructor
             * @param {supercloud.migration.Accept.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Accept = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new Accept instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Accept
             * @static
             * @param {supercloud.migration.Accept.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Accept} Accept instance
             * @type {{
             *   (properties: supercloud.migration.Accept.$Shape): supercloud.migration.Accept & supercloud.migration.Accept.$Shape;
             *   (properties?: supercloud.migration.Accept.$Properties): supercloud.migration.Accept;
             * }}
             */
            Accept.create = function(properties) {
                return new Accept(properties);
            };

            /**
             * Encodes the specified Accept message. Does not implicitly {@link supercloud.migration.Accept.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Accept
             * @static
             * @param {supercloud.migration.Accept.$Properties} m Accept message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accept.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Accept message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Accept
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Accept & supercloud.migration.Accept.$Shape} Accept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accept.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Accept();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Accept message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Accept
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Accept} Accept
             */
            Accept.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Accept)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Accept: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.supercloud.migration.Accept();
            };

            /**
             * Creates a plain object from an Accept message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Accept
             * @static
             * @param {supercloud.migration.Accept} m Accept
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accept.toObject = function () {
                return {};
            };

            /**
             * Converts this Accept to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Accept
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accept.prototype.toJSON = function() {
                return Accept.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Accept;
        })();

        migration.Refuse = (function() {

            /**
             * Properties of a Refuse.
             * @typedef {Object} supercloud.migration.Refuse.$Properties
             * @property {string|null} [name] Refuse name
             * @property {string|null} [message] Refuse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Refuse.
             * @memberof supercloud.migration
             * @interface IRefuse
             * @augments supercloud.migration.Refuse.$Properties
             * @deprecated Use supercloud.migration.Refuse.$Properties instead.
             */

            /**
             * Shape of a Refuse.
             * @typedef {supercloud.migration.Refuse.$Properties} supercloud.migration.Refuse.$Shape
             */

            /**
             * Constructs a new Refuse.
             * @memberof supercloud.migration
             * @classdesc Represents a Refuse.
             * @constructor
             * @param {supercloud.migration.Refuse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Refuse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Refuse name.
             * @member {string} name
             * @memberof supercloud.migration.Refuse
             * @instance
             */
            Refuse.prototype.name = "";

            /**
             * Refuse message.
             * @member {string} message
             * @memberof supercloud.migration.Refuse
             * @instance
             */
            Refuse.prototype.message = "";

            /**
             * Creates a new Refuse instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Refuse
             * @static
             * @param {supercloud.migration.Refuse.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Refuse} Refuse instance
             * @type {{
             *   (properties: supercloud.migration.Refuse.$Shape): supercloud.migration.Refuse & supercloud.migration.Refuse.$Shape;
             *   (properties?: supercloud.migration.Refuse.$Properties): supercloud.migration.Refuse;
             * }}
             */
            Refuse.create = function(properties) {
                return new Refuse(properties);
            };

            /**
             * Encodes the specified Refuse message. Does not implicitly {@link supercloud.migration.Refuse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Refuse
             * @static
             * @param {supercloud.migration.Refuse.$Properties} m Refuse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refuse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Refuse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Refuse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Refuse & supercloud.migration.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refuse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Refuse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Refuse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Refuse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Refuse} Refuse
             */
            Refuse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Refuse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Refuse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Refuse();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Refuse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Refuse
             * @static
             * @param {supercloud.migration.Refuse} m Refuse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Refuse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.message = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Refuse to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Refuse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Refuse.prototype.toJSON = function() {
                return Refuse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Refuse;
        })();

        migration.Pages = (function() {

            /**
             * Properties of a Pages.
             * @typedef {Object} supercloud.migration.Pages.$Properties
             * @property {Uint8Array|null} [indexes] Pages indexes
             * @property {Uint8Array|null} [data] Pages data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pages.
             * @memberof supercloud.migration
             * @interface IPages
             * @augments supercloud.migration.Pages.$Properties
             * @deprecated Use supercloud.migration.Pages.$Properties instead.
             */

            /**
             * Shape of a Pages.
             * @typedef {supercloud.migration.Pages.$Properties} supercloud.migration.Pages.$Shape
             */

            /**
             * Constructs a new Pages.
             * @memberof supercloud.migration
             * @classdesc Represents a Pages.
             * @constructor
             * @param {supercloud.migration.Pages.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pages = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Pages indexes.
             * @member {Uint8Array} indexes
             * @memberof supercloud.migration.Pages
             * @instance
             */
            Pages.prototype.indexes = $util.newBuffer([]);

            /**
             * Pages data.
             * @member {Uint8Array} data
             * @memberof supercloud.migration.Pages
             * @instance
             */
            Pages.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Pages instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Pages
             * @static
             * @param {supercloud.migration.Pages.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Pages} Pages instance
             * @type {{
             *   (properties: supercloud.migration.Pages.$Shape): supercloud.migration.Pages & supercloud.migration.Pages.$Shape;
             *   (properties?: supercloud.migration.Pages.$Properties): supercloud.migration.Pages;
             * }}
             */
            Pages.create = function(properties) {
                return new Pages(properties);
            };

            /**
             * Encodes the specified Pages message. Does not implicitly {@link supercloud.migration.Pages.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Pages
             * @static
             * @param {supercloud.migration.Pages.$Properties} m Pages message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pages.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.indexes != null && $Object.hasOwnProperty.call(m, "indexes") && m.indexes.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.indexes);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Pages message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Pages
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Pages & supercloud.migration.Pages.$Shape} Pages
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pages.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Pages();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.indexes = v;
                            else
                                delete m.indexes;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Pages message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Pages
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Pages} Pages
             */
            Pages.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Pages)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Pages: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Pages();
                if (d.indexes != null) {
                    if (d.indexes.length) {
                        if (typeof d.indexes === "string")
                            $util.base64.decode(d.indexes, m.indexes = $util.newBuffer($util.base64.length(d.indexes)), 0);
                        else if (d.indexes.length >= 0)
                            m.indexes = d.indexes;
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Pages message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Pages
             * @static
             * @param {supercloud.migration.Pages} m Pages
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pages.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.indexes = "";
                    else {
                        d.indexes = [];
                        if (o.bytes !== $Array)
                            d.indexes = $util.newBuffer(d.indexes);
                    }
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.indexes != null && $Object.hasOwnProperty.call(m, "indexes")) {
                    d.indexes = o.bytes === $String ? $util.base64.encode(m.indexes, 0, m.indexes.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.indexes) : m.indexes;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this Pages to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Pages
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pages.prototype.toJSON = function() {
                return Pages.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Pages;
        })();

        migration.Deltas = (function() {

            /**
             * Properties of a Deltas.
             * @typedef {Object} supercloud.migration.Deltas.$Properties
             * @property {Uint8Array|null} [indexes] Deltas indexes
             * @property {Uint8Array|null} [ends] Deltas ends
             * @property {Uint8Array|null} [data] Deltas data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Deltas.
             * @memberof supercloud.migration
             * @interface IDeltas
             * @augments supercloud.migration.Deltas.$Properties
             * @deprecated Use supercloud.migration.Deltas.$Properties instead.
             */

            /**
             * Shape of a Deltas.
             * @typedef {supercloud.migration.Deltas.$Properties} supercloud.migration.Deltas.$Shape
             */

            /**
             * Constructs a new Deltas.
             * @memberof supercloud.migration
             * @classdesc Represents a Deltas.
             * @constructor
             * @param {supercloud.migration.Deltas.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Deltas = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Deltas indexes.
             * @member {Uint8Array} indexes
             * @memberof supercloud.migration.Deltas
             * @instance
             */
            Deltas.prototype.indexes = $util.newBuffer([]);

            /**
             * Deltas ends.
             * @member {Uint8Array} ends
             * @memberof supercloud.migration.Deltas
             * @instance
             */
            Deltas.prototype.ends = $util.newBuffer([]);

            /**
             * Deltas data.
             * @member {Uint8Array} data
             * @memberof supercloud.migration.Deltas
             * @instance
             */
            Deltas.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Deltas instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Deltas
             * @static
             * @param {supercloud.migration.Deltas.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Deltas} Deltas instance
             * @type {{
             *   (properties: supercloud.migration.Deltas.$Shape): supercloud.migration.Deltas & supercloud.migration.Deltas.$Shape;
             *   (properties?: supercloud.migration.Deltas.$Properties): supercloud.migration.Deltas;
             * }}
             */
            Deltas.create = function(properties) {
                return new Deltas(properties);
            };

            /**
             * Encodes the specified Deltas message. Does not implicitly {@link supercloud.migration.Deltas.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Deltas
             * @static
             * @param {supercloud.migration.Deltas.$Properties} m Deltas message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deltas.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.indexes != null && $Object.hasOwnProperty.call(m, "indexes") && m.indexes.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.indexes);
                if (m.ends != null && $Object.hasOwnProperty.call(m, "ends") && m.ends.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.ends);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Deltas message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Deltas
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Deltas & supercloud.migration.Deltas.$Shape} Deltas
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deltas.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Deltas();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.indexes = v;
                            else
                                delete m.indexes;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.ends = v;
                            else
                                delete m.ends;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Deltas message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Deltas
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Deltas} Deltas
             */
            Deltas.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Deltas)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Deltas: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Deltas();
                if (d.indexes != null) {
                    if (d.indexes.length) {
                        if (typeof d.indexes === "string")
                            $util.base64.decode(d.indexes, m.indexes = $util.newBuffer($util.base64.length(d.indexes)), 0);
                        else if (d.indexes.length >= 0)
                            m.indexes = d.indexes;
                    }
                }
                if (d.ends != null) {
                    if (d.ends.length) {
                        if (typeof d.ends === "string")
                            $util.base64.decode(d.ends, m.ends = $util.newBuffer($util.base64.length(d.ends)), 0);
                        else if (d.ends.length >= 0)
                            m.ends = d.ends;
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Deltas message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Deltas
             * @static
             * @param {supercloud.migration.Deltas} m Deltas
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Deltas.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.indexes = "";
                    else {
                        d.indexes = [];
                        if (o.bytes !== $Array)
                            d.indexes = $util.newBuffer(d.indexes);
                    }
                    if (o.bytes === $String)
                        d.ends = "";
                    else {
                        d.ends = [];
                        if (o.bytes !== $Array)
                            d.ends = $util.newBuffer(d.ends);
                    }
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.indexes != null && $Object.hasOwnProperty.call(m, "indexes")) {
                    d.indexes = o.bytes === $String ? $util.base64.encode(m.indexes, 0, m.indexes.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.indexes) : m.indexes;
                }
                if (m.ends != null && $Object.hasOwnProperty.call(m, "ends")) {
                    d.ends = o.bytes === $String ? $util.base64.encode(m.ends, 0, m.ends.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.ends) : m.ends;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this Deltas to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Deltas
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Deltas.prototype.toJSON = function() {
                return Deltas.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Deltas;
        })();

        migration.Devices = (function() {

            /**
             * Properties of a Devices.
             * @typedef {Object} supercloud.migration.Devices.$Properties
             * @property {Uint8Array|null} [deviceState] Devices deviceState
             * @property {string|null} [hypercall] Devices hypercall
             * @property {string|null} [guestMac] Devices guestMac
             * @property {supercloud.vm.SignedHandoff.$Properties|null} [handoff] Devices handoff
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Devices.
             * @memberof supercloud.migration
             * @interface IDevices
             * @augments supercloud.migration.Devices.$Properties
             * @deprecated Use supercloud.migration.Devices.$Properties instead.
             */

            /**
             * Shape of a Devices.
             * @typedef {supercloud.migration.Devices.$Properties} supercloud.migration.Devices.$Shape
             */

            /**
             * Constructs a new Devices.
             * @memberof supercloud.migration
             * @classdesc Represents a Devices.
             * @constructor
             * @param {supercloud.migration.Devices.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Devices = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Devices deviceState.
             * @member {Uint8Array} deviceState
             * @memberof supercloud.migration.Devices
             * @instance
             */
            Devices.prototype.deviceState = $util.newBuffer([]);

            /**
             * Devices hypercall.
             * @member {string} hypercall
             * @memberof supercloud.migration.Devices
             * @instance
             */
            Devices.prototype.hypercall = "";

            /**
             * Devices guestMac.
             * @member {string} guestMac
             * @memberof supercloud.migration.Devices
             * @instance
             */
            Devices.prototype.guestMac = "";

            /**
             * Devices handoff.
             * @member {supercloud.vm.SignedHandoff.$Properties|null|undefined} handoff
             * @memberof supercloud.migration.Devices
             * @instance
             */
            Devices.prototype.handoff = null;

            /**
             * Creates a new Devices instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Devices
             * @static
             * @param {supercloud.migration.Devices.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Devices} Devices instance
             * @type {{
             *   (properties: supercloud.migration.Devices.$Shape): supercloud.migration.Devices & supercloud.migration.Devices.$Shape;
             *   (properties?: supercloud.migration.Devices.$Properties): supercloud.migration.Devices;
             * }}
             */
            Devices.create = function(properties) {
                return new Devices(properties);
            };

            /**
             * Encodes the specified Devices message. Does not implicitly {@link supercloud.migration.Devices.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Devices
             * @static
             * @param {supercloud.migration.Devices.$Properties} m Devices message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Devices.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceState != null && $Object.hasOwnProperty.call(m, "deviceState") && m.deviceState.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.deviceState);
                if (m.hypercall != null && $Object.hasOwnProperty.call(m, "hypercall") && m.hypercall !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.hypercall);
                if (m.guestMac != null && $Object.hasOwnProperty.call(m, "guestMac") && m.guestMac !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.guestMac);
                if (m.handoff != null && $Object.hasOwnProperty.call(m, "handoff"))
                    $root.supercloud.vm.SignedHandoff.encode(m.handoff, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Devices message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Devices
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Devices & supercloud.migration.Devices.$Shape} Devices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Devices.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Devices();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.deviceState = v;
                            else
                                delete m.deviceState;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hypercall = v;
                            else
                                delete m.hypercall;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.guestMac = v;
                            else
                                delete m.guestMac;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.handoff = $root.supercloud.vm.SignedHandoff.decode(r, r.size(), $undefined, q + 1, m.handoff);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Devices message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Devices
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Devices} Devices
             */
            Devices.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Devices)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Devices: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Devices();
                if (d.deviceState != null) {
                    if (d.deviceState.length) {
                        if (typeof d.deviceState === "string")
                            $util.base64.decode(d.deviceState, m.deviceState = $util.newBuffer($util.base64.length(d.deviceState)), 0);
                        else if (d.deviceState.length >= 0)
                            m.deviceState = d.deviceState;
                    }
                }
                if (d.hypercall != null) {
                    if (typeof d.hypercall !== "string" || d.hypercall.length) {
                        m.hypercall = $String(d.hypercall);
                    }
                }
                if (d.guestMac != null) {
                    if (typeof d.guestMac !== "string" || d.guestMac.length) {
                        m.guestMac = $String(d.guestMac);
                    }
                }
                if (d.handoff != null) {
                    if (!$util.isObject(d.handoff))
                        throw $TypeError(".supercloud.migration.Devices.handoff: object expected");
                    m.handoff = $root.supercloud.vm.SignedHandoff.fromObject(d.handoff, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Devices message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Devices
             * @static
             * @param {supercloud.migration.Devices} m Devices
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Devices.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.deviceState = "";
                    else {
                        d.deviceState = [];
                        if (o.bytes !== $Array)
                            d.deviceState = $util.newBuffer(d.deviceState);
                    }
                    d.hypercall = "";
                    d.guestMac = "";
                    d.handoff = null;
                }
                if (m.deviceState != null && $Object.hasOwnProperty.call(m, "deviceState")) {
                    d.deviceState = o.bytes === $String ? $util.base64.encode(m.deviceState, 0, m.deviceState.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.deviceState) : m.deviceState;
                }
                if (m.hypercall != null && $Object.hasOwnProperty.call(m, "hypercall")) {
                    d.hypercall = m.hypercall;
                }
                if (m.guestMac != null && $Object.hasOwnProperty.call(m, "guestMac")) {
                    d.guestMac = m.guestMac;
                }
                if (m.handoff != null && $Object.hasOwnProperty.call(m, "handoff")) {
                    d.handoff = $root.supercloud.vm.SignedHandoff.toObject(m.handoff, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Devices to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Devices
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Devices.prototype.toJSON = function() {
                return Devices.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Devices;
        })();

        migration.Final = (function() {

            /**
             * Properties of a Final.
             * @typedef {Object} supercloud.migration.Final.$Properties
             * @property {supercloud.migration.Pages.$Properties|null} [pages] Final pages
             * @property {boolean|null} [run] Final run
             * @property {number|null} [pausedForMs] Final pausedForMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Final.
             * @memberof supercloud.migration
             * @interface IFinal
             * @augments supercloud.migration.Final.$Properties
             * @deprecated Use supercloud.migration.Final.$Properties instead.
             */

            /**
             * Shape of a Final.
             * @typedef {supercloud.migration.Final.$Properties} supercloud.migration.Final.$Shape
             */

            /**
             * Constructs a new Final.
             * @memberof supercloud.migration
             * @classdesc Represents a Final.
             * @constructor
             * @param {supercloud.migration.Final.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Final = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Final pages.
             * @member {supercloud.migration.Pages.$Properties|null|undefined} pages
             * @memberof supercloud.migration.Final
             * @instance
             */
            Final.prototype.pages = null;

            /**
             * Final run.
             * @member {boolean} run
             * @memberof supercloud.migration.Final
             * @instance
             */
            Final.prototype.run = false;

            /**
             * Final pausedForMs.
             * @member {number} pausedForMs
             * @memberof supercloud.migration.Final
             * @instance
             */
            Final.prototype.pausedForMs = 0;

            /**
             * Creates a new Final instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Final
             * @static
             * @param {supercloud.migration.Final.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Final} Final instance
             * @type {{
             *   (properties: supercloud.migration.Final.$Shape): supercloud.migration.Final & supercloud.migration.Final.$Shape;
             *   (properties?: supercloud.migration.Final.$Properties): supercloud.migration.Final;
             * }}
             */
            Final.create = function(properties) {
                return new Final(properties);
            };

            /**
             * Encodes the specified Final message. Does not implicitly {@link supercloud.migration.Final.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Final
             * @static
             * @param {supercloud.migration.Final.$Properties} m Final message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Final.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages"))
                    $root.supercloud.migration.Pages.encode(m.pages, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.run != null && $Object.hasOwnProperty.call(m, "run") && m.run !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.run);
                if (m.pausedForMs != null && $Object.hasOwnProperty.call(m, "pausedForMs") && !$Object.is(m.pausedForMs, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.pausedForMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Final message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Final
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Final & supercloud.migration.Final.$Shape} Final
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Final.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Final();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.pages = $root.supercloud.migration.Pages.decode(r, r.size(), $undefined, q + 1, m.pages);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.run = v;
                            else
                                delete m.run;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.pausedForMs = v;
                            else
                                delete m.pausedForMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Final message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Final
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Final} Final
             */
            Final.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Final)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Final: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Final();
                if (d.pages != null) {
                    if (!$util.isObject(d.pages))
                        throw $TypeError(".supercloud.migration.Final.pages: object expected");
                    m.pages = $root.supercloud.migration.Pages.fromObject(d.pages, q + 1);
                }
                if (d.run != null) {
                    if (d.run) {
                        m.run = $Boolean(d.run);
                    }
                }
                if (d.pausedForMs != null) {
                    if (!$Object.is($Number(d.pausedForMs), 0)) {
                        m.pausedForMs = $Number(d.pausedForMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Final message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Final
             * @static
             * @param {supercloud.migration.Final} m Final
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Final.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pages = null;
                    d.run = false;
                    d.pausedForMs = 0;
                }
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages")) {
                    d.pages = $root.supercloud.migration.Pages.toObject(m.pages, o, q + 1);
                }
                if (m.run != null && $Object.hasOwnProperty.call(m, "run")) {
                    d.run = m.run;
                }
                if (m.pausedForMs != null && $Object.hasOwnProperty.call(m, "pausedForMs")) {
                    d.pausedForMs = o.json && !$isFinite(m.pausedForMs) ? $String(m.pausedForMs) : m.pausedForMs;
                }
                return d;
            };

            /**
             * Converts this Final to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Final
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Final.prototype.toJSON = function() {
                return Final.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Final;
        })();

        migration.Committed = (function() {

            /**
             * Properties of a Committed.
             * @typedef {Object} supercloud.migration.Committed.$Properties
             * @property {number|null} [receiveToRunMs] Committed receiveToRunMs
             * @property {number|null} [receiveToReplyMs] Committed receiveToReplyMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Committed.
             * @memberof supercloud.migration
             * @interface ICommitted
             * @augments supercloud.migration.Committed.$Properties
             * @deprecated Use supercloud.migration.Committed.$Properties instead.
             */

            /**
             * Shape of a Committed.
             * @typedef {supercloud.migration.Committed.$Properties} supercloud.migration.Committed.$Shape
             */

            /**
             * Constructs a new Committed.
             * @memberof supercloud.migration
             * @classdesc Represents a Committed.
             * @constructor
             * @param {supercloud.migration.Committed.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Committed = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Committed receiveToRunMs.
             * @member {number} receiveToRunMs
             * @memberof supercloud.migration.Committed
             * @instance
             */
            Committed.prototype.receiveToRunMs = 0;

            /**
             * Committed receiveToReplyMs.
             * @member {number} receiveToReplyMs
             * @memberof supercloud.migration.Committed
             * @instance
             */
            Committed.prototype.receiveToReplyMs = 0;

            /**
             * Creates a new Committed instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Committed
             * @static
             * @param {supercloud.migration.Committed.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Committed} Committed instance
             * @type {{
             *   (properties: supercloud.migration.Committed.$Shape): supercloud.migration.Committed & supercloud.migration.Committed.$Shape;
             *   (properties?: supercloud.migration.Committed.$Properties): supercloud.migration.Committed;
             * }}
             */
            Committed.create = function(properties) {
                return new Committed(properties);
            };

            /**
             * Encodes the specified Committed message. Does not implicitly {@link supercloud.migration.Committed.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Committed
             * @static
             * @param {supercloud.migration.Committed.$Properties} m Committed message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Committed.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.receiveToRunMs != null && $Object.hasOwnProperty.call(m, "receiveToRunMs") && !$Object.is(m.receiveToRunMs, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.receiveToRunMs);
                if (m.receiveToReplyMs != null && $Object.hasOwnProperty.call(m, "receiveToReplyMs") && !$Object.is(m.receiveToReplyMs, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.receiveToReplyMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Committed message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Committed
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Committed & supercloud.migration.Committed.$Shape} Committed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Committed.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Committed();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.receiveToRunMs = v;
                            else
                                delete m.receiveToRunMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.receiveToReplyMs = v;
                            else
                                delete m.receiveToReplyMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Committed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Committed
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Committed} Committed
             */
            Committed.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Committed)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Committed: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Committed();
                if (d.receiveToRunMs != null) {
                    if (!$Object.is($Number(d.receiveToRunMs), 0)) {
                        m.receiveToRunMs = $Number(d.receiveToRunMs);
                    }
                }
                if (d.receiveToReplyMs != null) {
                    if (!$Object.is($Number(d.receiveToReplyMs), 0)) {
                        m.receiveToReplyMs = $Number(d.receiveToReplyMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Committed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Committed
             * @static
             * @param {supercloud.migration.Committed} m Committed
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Committed.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.receiveToRunMs = 0;
                    d.receiveToReplyMs = 0;
                }
                if (m.receiveToRunMs != null && $Object.hasOwnProperty.call(m, "receiveToRunMs")) {
                    d.receiveToRunMs = o.json && !$isFinite(m.receiveToRunMs) ? $String(m.receiveToRunMs) : m.receiveToRunMs;
                }
                if (m.receiveToReplyMs != null && $Object.hasOwnProperty.call(m, "receiveToReplyMs")) {
                    d.receiveToReplyMs = o.json && !$isFinite(m.receiveToReplyMs) ? $String(m.receiveToReplyMs) : m.receiveToReplyMs;
                }
                return d;
            };

            /**
             * Converts this Committed to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Committed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Committed.prototype.toJSON = function() {
                return Committed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Committed;
        })();

        migration.Aborted = (function() {

            /**
             * Properties of an Aborted.
             * @typedef {Object} supercloud.migration.Aborted.$Properties
             * @property {string|null} [name] Aborted name
             * @property {string|null} [message] Aborted message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Aborted.
             * @memberof supercloud.migration
             * @interface IAborted
             * @augments supercloud.migration.Aborted.$Properties
             * @deprecated Use supercloud.migration.Aborted.$Properties instead.
             */

            /**
             * Shape of an Aborted.
             * @typedef {supercloud.migration.Aborted.$Properties} supercloud.migration.Aborted.$Shape
             */

            /**
             * Constructs a new Aborted.
             * @memberof supercloud.migration
             * @classdesc Represents an Aborted.
             * @constructor
             * @param {supercloud.migration.Aborted.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Aborted = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Aborted name.
             * @member {string} name
             * @memberof supercloud.migration.Aborted
             * @instance
             */
            Aborted.prototype.name = "";

            /**
             * Aborted message.
             * @member {string} message
             * @memberof supercloud.migration.Aborted
             * @instance
             */
            Aborted.prototype.message = "";

            /**
             * Creates a new Aborted instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Aborted
             * @static
             * @param {supercloud.migration.Aborted.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Aborted} Aborted instance
             * @type {{
             *   (properties: supercloud.migration.Aborted.$Shape): supercloud.migration.Aborted & supercloud.migration.Aborted.$Shape;
             *   (properties?: supercloud.migration.Aborted.$Properties): supercloud.migration.Aborted;
             * }}
             */
            Aborted.create = function(properties) {
                return new Aborted(properties);
            };

            /**
             * Encodes the specified Aborted message. Does not implicitly {@link supercloud.migration.Aborted.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Aborted
             * @static
             * @param {supercloud.migration.Aborted.$Properties} m Aborted message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Aborted.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Aborted message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Aborted
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Aborted & supercloud.migration.Aborted.$Shape} Aborted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Aborted.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Aborted();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Aborted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Aborted
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Aborted} Aborted
             */
            Aborted.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Aborted)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Aborted: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Aborted();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Aborted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Aborted
             * @static
             * @param {supercloud.migration.Aborted} m Aborted
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Aborted.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.message = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Aborted to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Aborted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Aborted.prototype.toJSON = function() {
                return Aborted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Aborted;
        })();

        migration.Sync = (function() {

            /**
             * Properties of a Sync.
             * @typedef {Object} supercloud.migration.Sync.$Properties
             * @property {number|null} [round] Sync round
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sync.
             * @memberof supercloud.migration
             * @interface ISync
             * @augments supercloud.migration.Sync.$Properties
             * @deprecated Use supercloud.migration.Sync.$Properties instead.
             */

            /**
             * Shape of a Sync.
             * @typedef {supercloud.migration.Sync.$Properties} supercloud.migration.Sync.$Shape
             */

            /**
             * Constructs a new Sync.
             * @memberof supercloud.migration
             * @classdesc Represents a Sync.
             * @constructor
             * @param {supercloud.migration.Sync.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sync = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Sync round.
             * @member {number} round
             * @memberof supercloud.migration.Sync
             * @instance
             */
            Sync.prototype.round = 0;

            /**
             * Creates a new Sync instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Sync
             * @static
             * @param {supercloud.migration.Sync.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Sync} Sync instance
             * @type {{
             *   (properties: supercloud.migration.Sync.$Shape): supercloud.migration.Sync & supercloud.migration.Sync.$Shape;
             *   (properties?: supercloud.migration.Sync.$Properties): supercloud.migration.Sync;
             * }}
             */
            Sync.create = function(properties) {
                return new Sync(properties);
            };

            /**
             * Encodes the specified Sync message. Does not implicitly {@link supercloud.migration.Sync.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Sync
             * @static
             * @param {supercloud.migration.Sync.$Properties} m Sync message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sync.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.round);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Sync message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Sync
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Sync & supercloud.migration.Sync.$Shape} Sync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sync.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Sync();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.round = v;
                            else
                                delete m.round;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Sync message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Sync
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Sync} Sync
             */
            Sync.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Sync)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Sync: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Sync();
                if (d.round != null) {
                    if ($Number(d.round) !== 0) {
                        m.round = d.round >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Sync message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Sync
             * @static
             * @param {supercloud.migration.Sync} m Sync
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sync.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.round = 0;
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    d.round = m.round;
                }
                return d;
            };

            /**
             * Converts this Sync to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Sync
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sync.prototype.toJSON = function() {
                return Sync.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Sync;
        })();

        migration.StatusQuery = (function() {

            /**
             * Properties of a StatusQuery.
             * @typedef {Object} supercloud.migration.StatusQuery.$Properties
             * @property {string|null} [vmId] StatusQuery vmId
             * @property {number|null} [epoch] StatusQuery epoch
             * @property {string|null} [migrationId] StatusQuery migrationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusQuery.
             * @memberof supercloud.migration
             * @interface IStatusQuery
             * @augments supercloud.migration.StatusQuery.$Properties
             * @deprecated Use supercloud.migration.StatusQuery.$Properties instead.
             */

            /**
             * Shape of a StatusQuery.
             * @typedef {supercloud.migration.StatusQuery.$Properties} supercloud.migration.StatusQuery.$Shape
             */

            /**
             * Constructs a new StatusQuery.
             * @memberof supercloud.migration
             * @classdesc Represents a StatusQuery.
             * @constructor
             * @param {supercloud.migration.StatusQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusQuery = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StatusQuery vmId.
             * @member {string} vmId
             * @memberof supercloud.migration.StatusQuery
             * @instance
             */
            StatusQuery.prototype.vmId = "";

            /**
             * StatusQuery epoch.
             * @member {number} epoch
             * @memberof supercloud.migration.StatusQuery
             * @instance
             */
            StatusQuery.prototype.epoch = 0;

            /**
             * StatusQuery migrationId.
             * @member {string} migrationId
             * @memberof supercloud.migration.StatusQuery
             * @instance
             */
            StatusQuery.prototype.migrationId = "";

            /**
             * Creates a new StatusQuery instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.StatusQuery
             * @static
             * @param {supercloud.migration.StatusQuery.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.StatusQuery} StatusQuery instance
             * @type {{
             *   (properties: supercloud.migration.StatusQuery.$Shape): supercloud.migration.StatusQuery & supercloud.migration.StatusQuery.$Shape;
             *   (properties?: supercloud.migration.StatusQuery.$Properties): supercloud.migration.StatusQuery;
             * }}
             */
            StatusQuery.create = function(properties) {
                return new StatusQuery(properties);
            };

            /**
             * Encodes the specified StatusQuery message. Does not implicitly {@link supercloud.migration.StatusQuery.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.StatusQuery
             * @static
             * @param {supercloud.migration.StatusQuery.$Properties} m StatusQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusQuery.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && !$Object.is(m.epoch, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.epoch);
                if (m.migrationId != null && $Object.hasOwnProperty.call(m, "migrationId") && m.migrationId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.migrationId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StatusQuery message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.StatusQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.StatusQuery & supercloud.migration.StatusQuery.$Shape} StatusQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusQuery.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.StatusQuery();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.migrationId = v;
                            else
                                delete m.migrationId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a StatusQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.StatusQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.StatusQuery} StatusQuery
             */
            StatusQuery.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.StatusQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.StatusQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.StatusQuery();
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.epoch != null) {
                    if (!$Object.is($Number(d.epoch), 0)) {
                        m.epoch = $Number(d.epoch);
                    }
                }
                if (d.migrationId != null) {
                    if (typeof d.migrationId !== "string" || d.migrationId.length) {
                        m.migrationId = $String(d.migrationId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StatusQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.StatusQuery
             * @static
             * @param {supercloud.migration.StatusQuery} m StatusQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusQuery.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vmId = "";
                    d.epoch = 0;
                    d.migrationId = "";
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = o.json && !$isFinite(m.epoch) ? $String(m.epoch) : m.epoch;
                }
                if (m.migrationId != null && $Object.hasOwnProperty.call(m, "migrationId")) {
                    d.migrationId = m.migrationId;
                }
                return d;
            };

            /**
             * Converts this StatusQuery to JSON.
             * @function toJSON
             * @memberof supercloud.migration.StatusQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusQuery.prototype.toJSON = function() {
                return StatusQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StatusQuery;
        })();

        migration.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} supercloud.migration.Status.$Properties
             * @property {boolean|null} [committed] Status committed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof supercloud.migration
             * @interface IStatus
             * @augments supercloud.migration.Status.$Properties
             * @deprecated Use supercloud.migration.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {supercloud.migration.Status.$Properties} supercloud.migration.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof supercloud.migration
             * @classdesc Represents a Status.
             * @constructor
             * @param {supercloud.migration.Status.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Status committed.
             * @member {boolean} committed
             * @memberof supercloud.migration.Status
             * @instance
             */
            Status.prototype.committed = false;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.Status
             * @static
             * @param {supercloud.migration.Status.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.Status} Status instance
             * @type {{
             *   (properties: supercloud.migration.Status.$Shape): supercloud.migration.Status & supercloud.migration.Status.$Shape;
             *   (properties?: supercloud.migration.Status.$Properties): supercloud.migration.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link supercloud.migration.Status.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.Status
             * @static
             * @param {supercloud.migration.Status.$Properties} m Status message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.committed != null && $Object.hasOwnProperty.call(m, "committed") && m.committed !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.committed);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.Status & supercloud.migration.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.Status();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.committed = v;
                            else
                                delete m.committed;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.Status
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.Status} Status
             */
            Status.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.Status)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.Status: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.Status();
                if (d.committed != null) {
                    if (d.committed) {
                        m.committed = $Boolean(d.committed);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.Status
             * @static
             * @param {supercloud.migration.Status} m Status
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Status.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.committed = false;
                }
                if (m.committed != null && $Object.hasOwnProperty.call(m, "committed")) {
                    d.committed = m.committed;
                }
                return d;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof supercloud.migration.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Status;
        })();

        migration.MigrationMessage = (function() {

            /**
             * Properties of a MigrationMessage.
             * @typedef {Object} supercloud.migration.MigrationMessage.$Properties
             * @property {supercloud.migration.Offer.$Properties|null} [offer] MigrationMessage offer
             * @property {supercloud.migration.Accept.$Properties|null} [accept] MigrationMessage accept
             * @property {supercloud.migration.Refuse.$Properties|null} [refuse] MigrationMessage refuse
             * @property {supercloud.migration.Pages.$Properties|null} [pages] MigrationMessage pages
             * @property {supercloud.migration.Final.$Properties|null} [final] MigrationMessage final
             * @property {supercloud.migration.Committed.$Properties|null} [committed] MigrationMessage committed
             * @property {supercloud.migration.Aborted.$Properties|null} [aborted] MigrationMessage aborted
             * @property {supercloud.migration.StatusQuery.$Properties|null} [statusQuery] MigrationMessage statusQuery
             * @property {supercloud.migration.Status.$Properties|null} [status] MigrationMessage status
             * @property {supercloud.migration.Sync.$Properties|null} [sync] MigrationMessage sync
             * @property {supercloud.migration.Devices.$Properties|null} [devices] MigrationMessage devices
             * @property {supercloud.migration.Deltas.$Properties|null} [deltas] MigrationMessage deltas
             * @property {"offer"|"accept"|"refuse"|"pages"|"final"|"committed"|"aborted"|"statusQuery"|"status"|"sync"|"devices"|"deltas"} [body] MigrationMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrationMessage.
             * @memberof supercloud.migration
             * @interface IMigrationMessage
             * @augments supercloud.migration.MigrationMessage.$Properties
             * @deprecated Use supercloud.migration.MigrationMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a MigrationMessage.
             * @typedef {{
             *   offer?: supercloud.migration.Offer.$Shape|null;
             *   accept?: supercloud.migration.Accept.$Shape|null;
             *   refuse?: supercloud.migration.Refuse.$Shape|null;
             *   pages?: supercloud.migration.Pages.$Shape|null;
             *   final?: supercloud.migration.Final.$Shape|null;
             *   committed?: supercloud.migration.Committed.$Shape|null;
             *   aborted?: supercloud.migration.Aborted.$Shape|null;
             *   statusQuery?: supercloud.migration.StatusQuery.$Shape|null;
             *   status?: supercloud.migration.Status.$Shape|null;
             *   sync?: supercloud.migration.Sync.$Shape|null;
             *   devices?: supercloud.migration.Devices.$Shape|null;
             *   deltas?: supercloud.migration.Deltas.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "offer"; offer: supercloud.migration.Offer.$Shape; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "accept"; offer?: null; accept: supercloud.migration.Accept.$Shape; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "refuse"; offer?: null; accept?: null; refuse: supercloud.migration.Refuse.$Shape; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "pages"; offer?: null; accept?: null; refuse?: null; pages: supercloud.migration.Pages.$Shape; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "final"; offer?: null; accept?: null; refuse?: null; pages?: null; final: supercloud.migration.Final.$Shape; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "committed"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed: supercloud.migration.Committed.$Shape; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "aborted"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted: supercloud.migration.Aborted.$Shape; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "statusQuery"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery: supercloud.migration.StatusQuery.$Shape; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "status"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status: supercloud.migration.Status.$Shape; sync?: null; devices?: null; deltas?: null }|{ body?: "sync"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync: supercloud.migration.Sync.$Shape; devices?: null; deltas?: null }|{ body?: "devices"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices: supercloud.migration.Devices.$Shape; deltas?: null }|{ body?: "deltas"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas: supercloud.migration.Deltas.$Shape })
             * )} supercloud.migration.MigrationMessage.$Shape
             */

            /**
             * Constructs a new MigrationMessage.
             * @memberof supercloud.migration
             * @classdesc Represents a MigrationMessage.
             * @constructor
             * @param {supercloud.migration.MigrationMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrationMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MigrationMessage offer.
             * @member {supercloud.migration.Offer.$Properties|null|undefined} offer
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.offer = null;

            /**
             * MigrationMessage accept.
             * @member {supercloud.migration.Accept.$Properties|null|undefined} accept
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.accept = null;

            /**
             * MigrationMessage refuse.
             * @member {supercloud.migration.Refuse.$Properties|null|undefined} refuse
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.refuse = null;

            /**
             * MigrationMessage pages.
             * @member {supercloud.migration.Pages.$Properties|null|undefined} pages
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.pages = null;

            /**
             * MigrationMessage final.
             * @member {supercloud.migration.Final.$Properties|null|undefined} final
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.final = null;

            /**
             * MigrationMessage committed.
             * @member {supercloud.migration.Committed.$Properties|null|undefined} committed
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.committed = null;

            /**
             * MigrationMessage aborted.
             * @member {supercloud.migration.Aborted.$Properties|null|undefined} aborted
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.aborted = null;

            /**
             * MigrationMessage statusQuery.
             * @member {supercloud.migration.StatusQuery.$Properties|null|undefined} statusQuery
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.statusQuery = null;

            /**
             * MigrationMessage status.
             * @member {supercloud.migration.Status.$Properties|null|undefined} status
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.status = null;

            /**
             * MigrationMessage sync.
             * @member {supercloud.migration.Sync.$Properties|null|undefined} sync
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.sync = null;

            /**
             * MigrationMessage devices.
             * @member {supercloud.migration.Devices.$Properties|null|undefined} devices
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.devices = null;

            /**
             * MigrationMessage deltas.
             * @member {supercloud.migration.Deltas.$Properties|null|undefined} deltas
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            MigrationMessage.prototype.deltas = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MigrationMessage body.
             * @member {"offer"|"accept"|"refuse"|"pages"|"final"|"committed"|"aborted"|"statusQuery"|"status"|"sync"|"devices"|"deltas"|undefined} body
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             */
            $Object.defineProperty(MigrationMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["offer", "accept", "refuse", "pages", "final", "committed", "aborted", "statusQuery", "status", "sync", "devices", "deltas"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MigrationMessage instance using the specified properties.
             * @function create
             * @memberof supercloud.migration.MigrationMessage
             * @static
             * @param {supercloud.migration.MigrationMessage.$Properties=} [properties] Properties to set
             * @returns {supercloud.migration.MigrationMessage} MigrationMessage instance
             * @type {{
             *   (properties: supercloud.migration.MigrationMessage.$Shape): supercloud.migration.MigrationMessage & supercloud.migration.MigrationMessage.$Shape;
             *   (properties?: supercloud.migration.MigrationMessage.$Properties): supercloud.migration.MigrationMessage;
             * }}
             */
            MigrationMessage.create = function(properties) {
                return new MigrationMessage(properties);
            };

            /**
             * Encodes the specified MigrationMessage message. Does not implicitly {@link supercloud.migration.MigrationMessage.verify|verify} messages.
             * @function encode
             * @memberof supercloud.migration.MigrationMessage
             * @static
             * @param {supercloud.migration.MigrationMessage.$Properties} m MigrationMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.offer != null && $Object.hasOwnProperty.call(m, "offer"))
                    $root.supercloud.migration.Offer.encode(m.offer, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.accept != null && $Object.hasOwnProperty.call(m, "accept"))
                    $root.supercloud.migration.Accept.encode(m.accept, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.refuse != null && $Object.hasOwnProperty.call(m, "refuse"))
                    $root.supercloud.migration.Refuse.encode(m.refuse, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages"))
                    $root.supercloud.migration.Pages.encode(m.pages, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.final != null && $Object.hasOwnProperty.call(m, "final"))
                    $root.supercloud.migration.Final.encode(m.final, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.committed != null && $Object.hasOwnProperty.call(m, "committed"))
                    $root.supercloud.migration.Committed.encode(m.committed, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.aborted != null && $Object.hasOwnProperty.call(m, "aborted"))
                    $root.supercloud.migration.Aborted.encode(m.aborted, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.statusQuery != null && $Object.hasOwnProperty.call(m, "statusQuery"))
                    $root.supercloud.migration.StatusQuery.encode(m.statusQuery, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.supercloud.migration.Status.encode(m.status, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync"))
                    $root.supercloud.migration.Sync.encode(m.sync, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.devices != null && $Object.hasOwnProperty.call(m, "devices"))
                    $root.supercloud.migration.Devices.encode(m.devices, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.deltas != null && $Object.hasOwnProperty.call(m, "deltas"))
                    $root.supercloud.migration.Deltas.encode(m.deltas, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MigrationMessage message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.migration.MigrationMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.migration.MigrationMessage & supercloud.migration.MigrationMessage.$Shape} MigrationMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.migration.MigrationMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.offer = $root.supercloud.migration.Offer.decode(r, r.size(), $undefined, q + 1, m.offer);
                            m.body = "offer";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.accept = $root.supercloud.migration.Accept.decode(r, r.size(), $undefined, q + 1, m.accept);
                            m.body = "accept";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.refuse = $root.supercloud.migration.Refuse.decode(r, r.size(), $undefined, q + 1, m.refuse);
                            m.body = "refuse";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.pages = $root.supercloud.migration.Pages.decode(r, r.size(), $undefined, q + 1, m.pages);
                            m.body = "pages";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.final = $root.supercloud.migration.Final.decode(r, r.size(), $undefined, q + 1, m.final);
                            m.body = "final";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.committed = $root.supercloud.migration.Committed.decode(r, r.size(), $undefined, q + 1, m.committed);
                            m.body = "committed";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.aborted = $root.supercloud.migration.Aborted.decode(r, r.size(), $undefined, q + 1, m.aborted);
                            m.body = "aborted";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.statusQuery = $root.supercloud.migration.StatusQuery.decode(r, r.size(), $undefined, q + 1, m.statusQuery);
                            m.body = "statusQuery";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.status = $root.supercloud.migration.Status.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.body = "status";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.sync = $root.supercloud.migration.Sync.decode(r, r.size(), $undefined, q + 1, m.sync);
                            m.body = "sync";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.devices = $root.supercloud.migration.Devices.decode(r, r.size(), $undefined, q + 1, m.devices);
                            m.body = "devices";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.deltas = $root.supercloud.migration.Deltas.decode(r, r.size(), $undefined, q + 1, m.deltas);
                            m.body = "deltas";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MigrationMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.migration.MigrationMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.migration.MigrationMessage} MigrationMessage
             */
            MigrationMessage.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.migration.MigrationMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.migration.MigrationMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.migration.MigrationMessage();
                if (d.offer != null) {
                    if (!$util.isObject(d.offer))
                        throw $TypeError(".supercloud.migration.MigrationMessage.offer: object expected");
                    m.offer = $root.supercloud.migration.Offer.fromObject(d.offer, q + 1);
                }
                if (d.accept != null) {
                    if (!$util.isObject(d.accept))
                        throw $TypeError(".supercloud.migration.MigrationMessage.accept: object expected");
                    m.accept = $root.supercloud.migration.Accept.fromObject(d.accept, q + 1);
                }
                if (d.refuse != null) {
                    if (!$util.isObject(d.refuse))
                        throw $TypeError(".supercloud.migration.MigrationMessage.refuse: object expected");
                    m.refuse = $root.supercloud.migration.Refuse.fromObject(d.refuse, q + 1);
                }
                if (d.pages != null) {
                    if (!$util.isObject(d.pages))
                        throw $TypeError(".supercloud.migration.MigrationMessage.pages: object expected");
                    m.pages = $root.supercloud.migration.Pages.fromObject(d.pages, q + 1);
                }
                if (d.final != null) {
                    if (!$util.isObject(d.final))
                        throw $TypeError(".supercloud.migration.MigrationMessage.final: object expected");
                    m.final = $root.supercloud.migration.Final.fromObject(d.final, q + 1);
                }
                if (d.committed != null) {
                    if (!$util.isObject(d.committed))
                        throw $TypeError(".supercloud.migration.MigrationMessage.committed: object expected");
                    m.committed = $root.supercloud.migration.Committed.fromObject(d.committed, q + 1);
                }
                if (d.aborted != null) {
                    if (!$util.isObject(d.aborted))
                        throw $TypeError(".supercloud.migration.MigrationMessage.aborted: object expected");
                    m.aborted = $root.supercloud.migration.Aborted.fromObject(d.aborted, q + 1);
                }
                if (d.statusQuery != null) {
                    if (!$util.isObject(d.statusQuery))
                        throw $TypeError(".supercloud.migration.MigrationMessage.statusQuery: object expected");
                    m.statusQuery = $root.supercloud.migration.StatusQuery.fromObject(d.statusQuery, q + 1);
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".supercloud.migration.MigrationMessage.status: object expected");
                    m.status = $root.supercloud.migration.Status.fromObject(d.status, q + 1);
                }
                if (d.sync != null) {
                    if (!$util.isObject(d.sync))
                        throw $TypeError(".supercloud.migration.MigrationMessage.sync: object expected");
                    m.sync = $root.supercloud.migration.Sync.fromObject(d.sync, q + 1);
                }
                if (d.devices != null) {
                    if (!$util.isObject(d.devices))
                        throw $TypeError(".supercloud.migration.MigrationMessage.devices: object expected");
                    m.devices = $root.supercloud.migration.Devices.fromObject(d.devices, q + 1);
                }
                if (d.deltas != null) {
                    if (!$util.isObject(d.deltas))
                        throw $TypeError(".supercloud.migration.MigrationMessage.deltas: object expected");
                    m.deltas = $root.supercloud.migration.Deltas.fromObject(d.deltas, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a MigrationMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.migration.MigrationMessage
             * @static
             * @param {supercloud.migration.MigrationMessage} m MigrationMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrationMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.offer != null && $Object.hasOwnProperty.call(m, "offer")) {
                    d.offer = $root.supercloud.migration.Offer.toObject(m.offer, o, q + 1);
                    if (o.oneofs)
                        d.body = "offer";
                }
                if (m.accept != null && $Object.hasOwnProperty.call(m, "accept")) {
                    d.accept = $root.supercloud.migration.Accept.toObject(m.accept, o, q + 1);
                    if (o.oneofs)
                        d.body = "accept";
                }
                if (m.refuse != null && $Object.hasOwnProperty.call(m, "refuse")) {
                    d.refuse = $root.supercloud.migration.Refuse.toObject(m.refuse, o, q + 1);
                    if (o.oneofs)
                        d.body = "refuse";
                }
                if (m.pages != null && $Object.hasOwnProperty.call(m, "pages")) {
                    d.pages = $root.supercloud.migration.Pages.toObject(m.pages, o, q + 1);
                    if (o.oneofs)
                        d.body = "pages";
                }
                if (m.final != null && $Object.hasOwnProperty.call(m, "final")) {
                    d.final = $root.supercloud.migration.Final.toObject(m.final, o, q + 1);
                    if (o.oneofs)
                        d.body = "final";
                }
                if (m.committed != null && $Object.hasOwnProperty.call(m, "committed")) {
                    d.committed = $root.supercloud.migration.Committed.toObject(m.committed, o, q + 1);
                    if (o.oneofs)
                        d.body = "committed";
                }
                if (m.aborted != null && $Object.hasOwnProperty.call(m, "aborted")) {
                    d.aborted = $root.supercloud.migration.Aborted.toObject(m.aborted, o, q + 1);
                    if (o.oneofs)
                        d.body = "aborted";
                }
                if (m.statusQuery != null && $Object.hasOwnProperty.call(m, "statusQuery")) {
                    d.statusQuery = $root.supercloud.migration.StatusQuery.toObject(m.statusQuery, o, q + 1);
                    if (o.oneofs)
                        d.body = "statusQuery";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.supercloud.migration.Status.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.body = "status";
                }
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync")) {
                    d.sync = $root.supercloud.migration.Sync.toObject(m.sync, o, q + 1);
                    if (o.oneofs)
                        d.body = "sync";
                }
                if (m.devices != null && $Object.hasOwnProperty.call(m, "devices")) {
                    d.devices = $root.supercloud.migration.Devices.toObject(m.devices, o, q + 1);
                    if (o.oneofs)
                        d.body = "devices";
                }
                if (m.deltas != null && $Object.hasOwnProperty.call(m, "deltas")) {
                    d.deltas = $root.supercloud.migration.Deltas.toObject(m.deltas, o, q + 1);
                    if (o.oneofs)
                        d.body = "deltas";
                }
                return d;
            };

            /**
             * Converts this MigrationMessage to JSON.
             * @function toJSON
             * @memberof supercloud.migration.MigrationMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrationMessage.prototype.toJSON = function() {
                return MigrationMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrationMessage;
        })();

        return migration;
    })();

    return supercloud;
})();

export {
  $root as default
};
