-- Zhejiang province, its 11 cities (设区市, in the order the province's documents list them) and their
-- 90 county-level divisions (区/县/县级市), keyed by GB/T 2260 administrative division code.
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330000', '浙江省', 'Zhejiang', 'PROVINCE', NULL, 0);

INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330100', '杭州市', 'Hangzhou', 'CITY', '330000', 1);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330200', '宁波市', 'Ningbo', 'CITY', '330000', 2);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330300', '温州市', 'Wenzhou', 'CITY', '330000', 3);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330500', '湖州市', 'Huzhou', 'CITY', '330000', 4);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330400', '嘉兴市', 'Jiaxing', 'CITY', '330000', 5);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330600', '绍兴市', 'Shaoxing', 'CITY', '330000', 6);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330700', '金华市', 'Jinhua', 'CITY', '330000', 7);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330800', '衢州市', 'Quzhou', 'CITY', '330000', 8);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330900', '舟山市', 'Zhoushan', 'CITY', '330000', 9);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331000', '台州市', 'Taizhou', 'CITY', '330000', 10);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331100', '丽水市', 'Lishui', 'CITY', '330000', 11);

-- 杭州市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330102', '上城区', 'Shangcheng District', 'COUNTY', '330100', 101);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330105', '拱墅区', 'Gongshu District', 'COUNTY', '330100', 102);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330106', '西湖区', 'Xihu District', 'COUNTY', '330100', 103);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330108', '滨江区', 'Binjiang District', 'COUNTY', '330100', 104);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330109', '萧山区', 'Xiaoshan District', 'COUNTY', '330100', 105);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330110', '余杭区', 'Yuhang District', 'COUNTY', '330100', 106);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330111', '富阳区', 'Fuyang District', 'COUNTY', '330100', 107);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330112', '临安区', 'Lin''an District', 'COUNTY', '330100', 108);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330113', '临平区', 'Linping District', 'COUNTY', '330100', 109);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330114', '钱塘区', 'Qiantang District', 'COUNTY', '330100', 110);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330122', '桐庐县', 'Tonglu County', 'COUNTY', '330100', 111);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330127', '淳安县', 'Chun''an County', 'COUNTY', '330100', 112);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330182', '建德市', 'Jiande', 'COUNTY', '330100', 113);

-- 宁波市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330203', '海曙区', 'Haishu District', 'COUNTY', '330200', 201);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330205', '江北区', 'Jiangbei District', 'COUNTY', '330200', 202);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330206', '北仑区', 'Beilun District', 'COUNTY', '330200', 203);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330211', '镇海区', 'Zhenhai District', 'COUNTY', '330200', 204);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330212', '鄞州区', 'Yinzhou District', 'COUNTY', '330200', 205);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330213', '奉化区', 'Fenghua District', 'COUNTY', '330200', 206);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330225', '象山县', 'Xiangshan County', 'COUNTY', '330200', 207);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330226', '宁海县', 'Ninghai County', 'COUNTY', '330200', 208);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330281', '余姚市', 'Yuyao', 'COUNTY', '330200', 209);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330282', '慈溪市', 'Cixi', 'COUNTY', '330200', 210);

-- 温州市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330302', '鹿城区', 'Lucheng District', 'COUNTY', '330300', 301);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330303', '龙湾区', 'Longwan District', 'COUNTY', '330300', 302);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330304', '瓯海区', 'Ouhai District', 'COUNTY', '330300', 303);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330305', '洞头区', 'Dongtou District', 'COUNTY', '330300', 304);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330324', '永嘉县', 'Yongjia County', 'COUNTY', '330300', 305);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330326', '平阳县', 'Pingyang County', 'COUNTY', '330300', 306);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330327', '苍南县', 'Cangnan County', 'COUNTY', '330300', 307);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330328', '文成县', 'Wencheng County', 'COUNTY', '330300', 308);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330329', '泰顺县', 'Taishun County', 'COUNTY', '330300', 309);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330381', '瑞安市', 'Rui''an', 'COUNTY', '330300', 310);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330382', '乐清市', 'Yueqing', 'COUNTY', '330300', 311);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330383', '龙港市', 'Longgang', 'COUNTY', '330300', 312);

-- 湖州市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330502', '吴兴区', 'Wuxing District', 'COUNTY', '330500', 401);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330503', '南浔区', 'Nanxun District', 'COUNTY', '330500', 402);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330521', '德清县', 'Deqing County', 'COUNTY', '330500', 403);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330522', '长兴县', 'Changxing County', 'COUNTY', '330500', 404);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330523', '安吉县', 'Anji County', 'COUNTY', '330500', 405);

-- 嘉兴市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330402', '南湖区', 'Nanhu District', 'COUNTY', '330400', 501);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330411', '秀洲区', 'Xiuzhou District', 'COUNTY', '330400', 502);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330421', '嘉善县', 'Jiashan County', 'COUNTY', '330400', 503);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330424', '海盐县', 'Haiyan County', 'COUNTY', '330400', 504);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330481', '海宁市', 'Haining', 'COUNTY', '330400', 505);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330482', '平湖市', 'Pinghu', 'COUNTY', '330400', 506);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330483', '桐乡市', 'Tongxiang', 'COUNTY', '330400', 507);

-- 绍兴市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330602', '越城区', 'Yuecheng District', 'COUNTY', '330600', 601);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330603', '柯桥区', 'Keqiao District', 'COUNTY', '330600', 602);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330604', '上虞区', 'Shangyu District', 'COUNTY', '330600', 603);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330624', '新昌县', 'Xinchang County', 'COUNTY', '330600', 604);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330681', '诸暨市', 'Zhuji', 'COUNTY', '330600', 605);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330683', '嵊州市', 'Shengzhou', 'COUNTY', '330600', 606);

-- 金华市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330702', '婺城区', 'Wucheng District', 'COUNTY', '330700', 701);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330703', '金东区', 'Jindong District', 'COUNTY', '330700', 702);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330723', '武义县', 'Wuyi County', 'COUNTY', '330700', 703);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330726', '浦江县', 'Pujiang County', 'COUNTY', '330700', 704);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330727', '磐安县', 'Pan''an County', 'COUNTY', '330700', 705);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330781', '兰溪市', 'Lanxi', 'COUNTY', '330700', 706);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330782', '义乌市', 'Yiwu', 'COUNTY', '330700', 707);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330783', '东阳市', 'Dongyang', 'COUNTY', '330700', 708);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330784', '永康市', 'Yongkang', 'COUNTY', '330700', 709);

-- 衢州市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330802', '柯城区', 'Kecheng District', 'COUNTY', '330800', 801);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330803', '衢江区', 'Qujiang District', 'COUNTY', '330800', 802);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330822', '常山县', 'Changshan County', 'COUNTY', '330800', 803);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330824', '开化县', 'Kaihua County', 'COUNTY', '330800', 804);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330825', '龙游县', 'Longyou County', 'COUNTY', '330800', 805);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330881', '江山市', 'Jiangshan', 'COUNTY', '330800', 806);

-- 舟山市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330902', '定海区', 'Dinghai District', 'COUNTY', '330900', 901);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330903', '普陀区', 'Putuo District', 'COUNTY', '330900', 902);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330921', '岱山县', 'Daishan County', 'COUNTY', '330900', 903);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('330922', '嵊泗县', 'Shengsi County', 'COUNTY', '330900', 904);

-- 台州市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331002', '椒江区', 'Jiaojiang District', 'COUNTY', '331000', 1001);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331003', '黄岩区', 'Huangyan District', 'COUNTY', '331000', 1002);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331004', '路桥区', 'Luqiao District', 'COUNTY', '331000', 1003);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331022', '三门县', 'Sanmen County', 'COUNTY', '331000', 1004);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331023', '天台县', 'Tiantai County', 'COUNTY', '331000', 1005);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331024', '仙居县', 'Xianju County', 'COUNTY', '331000', 1006);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331081', '温岭市', 'Wenling', 'COUNTY', '331000', 1007);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331082', '临海市', 'Linhai', 'COUNTY', '331000', 1008);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331083', '玉环市', 'Yuhuan', 'COUNTY', '331000', 1009);

-- 丽水市
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331102', '莲都区', 'Liandu District', 'COUNTY', '331100', 1101);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331121', '青田县', 'Qingtian County', 'COUNTY', '331100', 1102);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331122', '缙云县', 'Jinyun County', 'COUNTY', '331100', 1103);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331123', '遂昌县', 'Suichang County', 'COUNTY', '331100', 1104);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331124', '松阳县', 'Songyang County', 'COUNTY', '331100', 1105);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331125', '云和县', 'Yunhe County', 'COUNTY', '331100', 1106);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331126', '庆元县', 'Qingyuan County', 'COUNTY', '331100', 1107);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331127', '景宁畲族自治县', 'Jingning She Autonomous County', 'COUNTY', '331100', 1108);
INSERT INTO region (code, name, name_en, level, parent_code, sort_order) VALUES ('331181', '龙泉市', 'Longquan', 'COUNTY', '331100', 1109);
